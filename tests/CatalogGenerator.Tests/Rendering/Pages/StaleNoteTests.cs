using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Pages;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>A project the last build could not refresh: plain words for visitors, the raw cause for its author.</summary>
public sealed class StaleNoteTests
{
    [SharedDataFact]
    public async Task A_stale_page_says_in_plain_words_what_happened_and_the_raw_cause_stays_on_the_status_page()
    {
        var catalog = new TestCatalog("balena-labs-projects__audio", "klutchell__balena-adguard");
        await catalog.BuildAsync();
        catalog.Repositories["balena-adguard"].DeleteRepository();
        var refreshed = await catalog.BuildAsync();
        var stale = refreshed.Projects.Single(p => p.Entry.Slug == "balena-adguard");
        using var site = await TestSite.BuildAsync(catalog, refreshed);

        var page = site.Read("projects/balena-adguard/index.html");
        var day = FleetCatalog.Rendering.Model.DateView.From(stale.Record!.FetchedAt).Text;
        Assert.Contains(
            $"<p class=\"callout callout-warning\" data-pagefind-ignore>This page shows the project as it was on {day}: its repository could not be found "
            + "(it may have moved or been made private) during the last catalog build.</p>",
            page, StringComparison.Ordinal);
        // Only the author's findings, folded away at the end, name the raw cause.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        Assert.Contains("was not found: check the address", document.QuerySelector("details#checks")!.TextContent, StringComparison.Ordinal);
        document.QuerySelector("details#checks")!.Remove();
        Assert.DoesNotContain("because", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("was not found: check the address", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("was not found: check the address", stale.StaleReason, StringComparison.Ordinal);
        Assert.Contains("was not found: check the address", site.Read("status/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("callout-warning\" data-pagefind-ignore>This page shows", site.Read("projects/audio/index.html"), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Each_kind_of_failure_has_its_own_words()
    {
        using var catalog = new TestCatalog("balena-labs-projects__audio");
        var fetched = (await catalog.BuildAsync()).Projects.Single();
        var stale = fetched with { Status = SnapshotStatus.Stale, StaleReason = "fatal: unable to access 'https://github.com/x/y/': Could not resolve host: github.com" };

        string? Note(DiagnosticDescriptor? code) => StaleNote.For(code is null ? stale : stale with
        {
            Diagnostics = stale.Diagnostics.Add(code.Create("raw message", stale.Entry.File, SourceSpan.None)),
        });

        Assert.EndsWith(": its repository could not be reached during the last catalog build.", Note(DiagnosticCodes.FetchFailed), StringComparison.Ordinal);
        Assert.Contains(": its repository took too long to answer during", Note(DiagnosticCodes.FetchTimedOut), StringComparison.Ordinal);
        Assert.Contains(": its repository was too large to download during", Note(DiagnosticCodes.FetchTooLarge), StringComparison.Ordinal);
        Assert.Contains(": the branch or tag it follows could not be found during", Note(DiagnosticCodes.RefNotFound), StringComparison.Ordinal);
        Assert.Contains(": its latest version has no balena.yml where the catalog looks for it during", Note(DiagnosticCodes.ManifestMissingAtPath), StringComparison.Ordinal);
        Assert.Contains(": its latest balena.yml could not be read during", Note(null), StringComparison.Ordinal);
        Assert.DoesNotContain("resolve host", Note(DiagnosticCodes.FetchFailed), StringComparison.Ordinal);
        Assert.Null(StaleNote.For(fetched));
    }

    [SharedDataFact]
    public async Task The_kind_of_failure_words_the_note_and_a_github_failure_says_the_files_are_current()
    {
        using var catalog = new TestCatalog("balena-labs-projects__audio");
        var fetched = (await catalog.BuildAsync()).Projects.Single();
        var stale = fetched with { Status = SnapshotStatus.Stale, StaleReason = "its stars, licence and latest release could not be refreshed from GitHub, so the last build's are shown" };

        string? Note(RefreshFailureKind kind) => StaleNote.For(stale with { Failure = new(kind, "github.com", "Could not resolve host: github.com") });

        Assert.Equal(
            "This page shows the project's latest files; its stars, licence and latest release are from an earlier catalog build: the last one could not get them from GitHub.",
            Note(RefreshFailureKind.GitHub));
        Assert.EndsWith(": its repository could not be reached during the last catalog build.", Note(RefreshFailureKind.Unreachable), StringComparison.Ordinal);
        Assert.EndsWith(": its repository could not be fetched during the last catalog build.", Note(RefreshFailureKind.Repository), StringComparison.Ordinal);
        Assert.EndsWith(": the catalog could not process its latest version during the last catalog build.", Note(RefreshFailureKind.Other), StringComparison.Ordinal);
        Assert.EndsWith(": its latest balena.yml could not be read during the last catalog build.", Note(RefreshFailureKind.Manifest), StringComparison.Ordinal);
        Assert.DoesNotContain("resolve host", Note(RefreshFailureKind.Unreachable), StringComparison.Ordinal);
    }
}
