using System.CommandLine;
using FleetCatalog.Cli.Entries;
using FleetCatalog.Cli.Formats;
using FleetCatalog.Devices;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Validation;

namespace FleetCatalog.Cli;

/// <summary>
/// <c>catalog validate PATH</c>: check a project directory, a manifest file or standard input; or, for a catalog
/// entry (<c>projects/&lt;slug&gt;.yml</c>, see <see cref="EntryFileDetection"/>), fetch and check its project as the build does.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(Func<Stream> stdin)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Project directories, balena.yml files, catalog entries (projects/<slug>.yml, fetched and checked as the build does), "
                + "or - to read one manifest from standard input. Default: the current directory. Several make one report.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (compiler style), json, github (workflow annotations) or sarif.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github", "sarif");
        var repository = new Option<string?>("--repository")
        {
            Description = "The repository the project lives in (default: the git remote 'origin', else assets.repository).",
        };
        var deviceTypes = new Option<FileInfo?>("--device-types") { Description = "A device-type list to use instead of the built-in one." };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit with 1 when there are warnings." };
        var stdinName = new Option<string>("--stdin-filename")
        {
            Description = "The file name to report for a manifest read from standard input.",
            DefaultValueFactory = _ => "balena.yml",
        };

        // For a catalog entry only: the build's own options.
        var categories = new Option<FileInfo>("--categories") { Description = "Entries: the closed list of categories.", DefaultValueFactory = _ => new FileInfo(CategoryList.DefaultFile) };
        var cache = CacheOption.Create("Entries: the build cache.");
        var apiUrl = new Option<Uri?>("--github-api-url")
        {
            Description = "Entries: GitHub's API, or a GitHub Enterprise or compatible server (default https://api.github.com/).",
            CustomParser = BuildCommand.ParseHttpUrl,
        };
        var offline = new Option<bool>("--offline") { Description = "Entries: use only the cache: no git, no GitHub, no downloads." };

        var command = new Command("validate", "Check that a balena project works by default on the boards it claims.")
        {
            paths, format, repository, deviceTypes, warningsAsErrors, stdinName, categories, cache, apiUrl, offline,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var targets = ValidateTargets.Distinct(result.GetValue(paths) is { Length: > 0 } given ? given : ["."]);
            if (targets.Length > 1 && targets.Contains("-"))
            {
                error.WriteLine("catalog validate: '-' reads one manifest from standard input; check it on its own, not with other paths.");
                return ExitCodes.Unreadable;
            }

            DeviceRegistry registry;
            try
            {
                registry = result.GetValue(deviceTypes) is { } list ? DeviceRegistryFile.Load(list.FullName) : DeviceRegistry.Default;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException
                or KeyNotFoundException or InvalidOperationException)
            {
                error.WriteLine($"catalog validate: cannot read '{result.GetValue(deviceTypes)!.FullName}': {e.Message}");
                return ExitCodes.Unreadable;
            }

            var options = new RefreshOptions(result.GetValue(cache)!.FullName, result.GetValue(offline), result.GetValue(apiUrl), EntryValidation.Token);
            var validator = new ManifestValidator(registry.AsOf(options.BuildDate));
            var checkedTargets = new CheckedTarget[targets.Length];

            // Entries share the cache and its locks: one after another. Project folders only read files: in parallel.
            for (var i = 0; i < targets.Length; i++)
            {
                if (EntryFileDetection.IsCatalogEntry(targets[i]))
                {
                    checkedTargets[i] = await ValidateTargets.EntryAsync(targets[i], result.GetValue(categories)!.FullName, options, registry, error, cancellationToken);
                }
            }

            Parallel.For(0, targets.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => checkedTargets[i] ??= ValidateTargets.Project(
                targets[i], validator, result.GetValue(repository), result.GetValue(stdinName)!, stdin, error));

            var strict = result.GetValue(warningsAsErrors);
            var formatName = result.GetValue(format)!;
            if (targets.Length == 1)
            {
                var only = checkedTargets[0];
                if (only.Report is { } report)
                {
                    Format(result, formatName, only.Target == "-" ? result.GetValue(stdinName)! : only.Target, strict).Write(report, output);
                }
            }
            else
            {
                WriteCombined(result, formatName, checkedTargets, strict, output);
            }

            return ValidateTargets.Exit(checkedTargets, strict);
        });
        return command;
    }

    // Inside GitHub Actions each path gets its own row in the job summary, with the command that checks just that one.
    private static void WriteCombined(ParseResult result, string formatName, CheckedTarget[] checkedTargets, bool warningsAsErrors, TextWriter output)
    {
        var combined = ValidateTargets.Combine(checkedTargets);
        if (formatName != "github")
        {
            Format(result, formatName, string.Empty, warningsAsErrors).Write(combined, output);
            return;
        }

        new GithubReportFormat().Write(combined, output);
        var targets = checkedTargets.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
        foreach (var one in checkedTargets.Where(c => c.Report is not null))
        {
            var arguments = result.Tokens.Select(t => t.Value).Where(v => v == one.Target || !targets.Contains(v));
            GithubStepSummary.FromEnvironment(one.Target, GithubStepSummary.ReproduceArguments(arguments), warningsAsErrors)?.Append(one.Report!);
        }
    }

    internal static IReportFormat Format(ParseResult result, string name, string entry, bool warningsAsErrors) => name switch
    {
        "json" => new JsonReportFormat(),
        "github" => new GithubReportFormat(GithubStepSummary.FromEnvironment(
            entry, GithubStepSummary.ReproduceArguments(result.Tokens.Select(t => t.Value)), warningsAsErrors)),
        "sarif" => new SarifReportFormat(),
        _ => new TextReportFormat(),
    };
}
