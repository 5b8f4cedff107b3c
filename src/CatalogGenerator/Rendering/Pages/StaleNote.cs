using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// What a project page tells visitors when the last build could not refresh it: the day of the copy shown and the
/// kind of failure (<see cref="ProjectSnapshot.Failure"/>) in plain words. The raw cause (a git or HTTP error) is for the project's author: it stays in
/// the build report and on the status page.
/// </summary>
internal static class StaleNote
{
    // The refresh reports its failure on the entry, with one of these codes; the first found names the kind.
    private static readonly (DiagnosticDescriptor Code, string Cause)[] Causes =
    [
        (DiagnosticCodes.RepositoryNotFound, "its repository could not be found (it may have moved or been made private)"),
        (DiagnosticCodes.FetchTimedOut, "its repository took too long to answer"),
        (DiagnosticCodes.FetchTooLarge, "its repository was too large to download"),
        (DiagnosticCodes.FetchFailed, "its repository could not be reached"),
        (DiagnosticCodes.RefNotFound, "the branch or tag it follows could not be found"),
        (DiagnosticCodes.ManifestMissingAtPath, "its latest version has no balena.yml where the catalog looks for it"),
        (DiagnosticCodes.InternalError, "the catalog could not process its latest version"),
    ];

    /// <returns>The sentence, or null when the page shows the project as it is now.</returns>
    public static string? For(ProjectSnapshot snapshot)
    {
        if (snapshot.Status != SnapshotStatus.Stale || snapshot.Record is not { } record)
        {
            return null;
        }

        if (snapshot.Failure?.Kind == RefreshFailureKind.GitHub)
        {
            // The files were fetched: only what GitHub's API adds is older, and the page must not say otherwise.
            return "This page shows the project's latest files; its stars, licence and latest release are from an earlier catalog build: the last one could not get them from GitHub.";
        }

        // The failure's kind names the cause; the entry's codes tell the kinds of a repository failure apart.
        var onEntry = snapshot.Diagnostics.Where(d => d.File == snapshot.Entry.File).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var cause = Causes.FirstOrDefault(c => onEntry.Contains(c.Code.Code)).Cause ?? snapshot.Failure?.Kind switch
        {
            RefreshFailureKind.Unreachable => "its repository could not be reached",
            RefreshFailureKind.Repository => "its repository could not be fetched",
            RefreshFailureKind.Other => "the catalog could not process its latest version",
            // What is left when no fetch failed: the new commit's balena.yml could not be read.
            _ => "its latest balena.yml could not be read",
        };
        return $"This page shows the project as it was on {DateView.From(record.FetchedAt).Text}: {cause} during the last catalog build.";
    }
}
