using System.Collections.Immutable;
using FleetCatalog.Cli.Entries;
using FleetCatalog.Cli.Formats;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Validation;

namespace FleetCatalog.Cli;

/// <summary>What <c>catalog validate</c> found for one path: its report, or none (the reason already written) and the exit code it earns.</summary>
internal sealed record CheckedTarget(string Target, ValidationReport? Report, int Exit);

/// <summary>
/// The checks behind <c>catalog validate</c>, one path at a time: a project directory or manifest (read from disk, no
/// network), standard input, or a catalog entry (fetched as the build fetches it). Several paths make one report
/// (<see cref="Combine"/>): a CI job or a pre-commit hook checks a whole folder of projects in one process instead of
/// paying .NET's start-up for each.
/// </summary>
internal static class ValidateTargets
{
    public static CheckedTarget Project(string target, ManifestValidator validator, string? repository, string stdinName, Func<Stream> stdin, TextWriter error)
    {
        ProjectInput input;
        try
        {
            input = target == "-"
                ? ProjectLoader.FromText(stdinName, SourceText.ReadLimited(stdin()), repository)
                : ProjectLoader.Load(target, repository);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException
            or KeyNotFoundException or InvalidOperationException)
        {
            lock (error)
            {
                error.WriteLine($"catalog validate: cannot read '{target}': {e.Message}");
            }

            return new CheckedTarget(target, null, ExitCodes.Unreadable);
        }

        var validation = validator.Validate(input);
        var report = new ValidationReport(BaseDirectory(target), [validation]);
        // No manifest, or one that cannot be read (permissions, an I/O error): the input could not be read at all.
        var exit = validation.Diagnostics.Any(d => d.Code == DiagnosticCodes.ManifestNotFound.Code
            || (d.Code == DiagnosticCodes.FileUnreadable.Code && d.File == input.ManifestPath)) ? ExitCodes.Unreadable : ExitCodes.Success;
        return new CheckedTarget(target, report, exit);
    }

    public static async Task<CheckedTarget> EntryAsync(
        string target, string categoriesFile, RefreshOptions options, DeviceRegistry devices, TextWriter error, CancellationToken cancellationToken)
    {
        var report = await EntryValidation.RunAsync(target, categoriesFile, options, devices, error, cancellationToken);
        return new CheckedTarget(target, report, report is null ? ExitCodes.Unreadable : ExitCodes.Success);
    }

    /// <summary>
    /// The exit code for all of them: unreadable (2) when any path could not be read at all, else invalid (1) when any
    /// has errors (or warnings, with <paramref name="warningsAsErrors"/>), else success.
    /// </summary>
    public static int Exit(IReadOnlyCollection<CheckedTarget> checkedTargets, bool warningsAsErrors)
    {
        if (checkedTargets.Any(c => c.Exit == ExitCodes.Unreadable))
        {
            return ExitCodes.Unreadable;
        }

        return checkedTargets.Any(c => c.Report is { } r && EntryValidation.Failed(r, warningsAsErrors)) ? ExitCodes.Invalid : ExitCodes.Success;
    }

    /// <summary>One report of several paths' findings, each finding's file named from the current directory.</summary>
    public static ValidationReport Combine(IEnumerable<CheckedTarget> checkedTargets)
    {
        var results = new List<ValidationResult>();
        foreach (var report in checkedTargets.Select(c => c.Report).OfType<ValidationReport>())
        {
            results.AddRange(report.Results.Select(r => r with
            {
                Diagnostics = [.. r.Diagnostics.Select(d => d with { File = report.PathFromWorkingDirectory(d) })],
            }));
        }

        return new ValidationReport(string.Empty, results, Combined: true);
    }

    private static string BaseDirectory(string target)
    {
        if (target == "-")
        {
            return string.Empty;
        }

        var directory = Directory.Exists(target) ? target : Path.GetDirectoryName(target) ?? string.Empty;
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(directory.Length == 0 ? "." : directory));
        return relative == "." ? string.Empty : relative.Replace('\\', '/');
    }

    /// <summary>The paths as given, without repeats (overlapping shell globs), in their first order.</summary>
    public static ImmutableArray<string> Distinct(IEnumerable<string> targets) =>
        [.. targets.DistinctBy(t => t == "-" ? t : Path.GetFullPath(t).TrimEnd(Path.DirectorySeparatorChar), StringComparer.Ordinal)];
}
