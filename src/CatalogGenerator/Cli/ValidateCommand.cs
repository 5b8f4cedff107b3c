using System.CommandLine;
using FleetCatalog.Cli.Entries;
using FleetCatalog.Cli.Formats;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
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
        var path = new Argument<string>("path")
        {
            Description = "A project directory, a balena.yml file, - to read the manifest from standard input, or a catalog entry (projects/<slug>.yml) to fetch and check as the build does.",
            DefaultValueFactory = _ => ".",
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
        var cache = new Option<DirectoryInfo>("--cache") { Description = "Entries: the build cache.", DefaultValueFactory = _ => new DirectoryInfo(".catalog/cache") };
        var apiUrl = new Option<Uri?>("--github-api-url")
        {
            Description = "Entries: GitHub's API, or a GitHub Enterprise or compatible server (default https://api.github.com/).",
            CustomParser = BuildCommand.ParseHttpUrl,
        };
        var offline = new Option<bool>("--offline") { Description = "Entries: use only the cache: no git, no GitHub, no downloads." };

        var command = new Command("validate", "Check that a balena project works by default on the boards it claims.")
        {
            path, format, repository, deviceTypes, warningsAsErrors, stdinName, categories, cache, apiUrl, offline,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var target = result.GetValue(path)!;
            if (EntryFileDetection.IsCatalogEntry(target))
            {
                var options = new RefreshOptions(result.GetValue(cache)!.FullName, result.GetValue(offline), result.GetValue(apiUrl), EntryValidation.Token);
                DeviceRegistry devices;
                try
                {
                    devices = result.GetValue(deviceTypes) is { } list ? DeviceRegistryFile.Load(list.FullName) : DeviceRegistry.Default;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException
                    or KeyNotFoundException or InvalidOperationException)
                {
                    error.WriteLine($"catalog validate: cannot read '{result.GetValue(deviceTypes)!.FullName}': {e.Message}");
                    return ExitCodes.Unreadable;
                }

                var entryReport = await EntryValidation.RunAsync(target, result.GetValue(categories)!.FullName, options, devices, error, cancellationToken);
                if (entryReport is null)
                {
                    return ExitCodes.Unreadable;
                }

                Format(result, result.GetValue(format)!, target, result.GetValue(warningsAsErrors)).Write(entryReport, output);
                return EntryValidation.Failed(entryReport, result.GetValue(warningsAsErrors)) ? ExitCodes.Invalid : ExitCodes.Success;
            }

            var reading = target;
            ProjectInput input;
            DeviceRegistry registry;
            try
            {
                registry = DeviceRegistry.Default;
                if (result.GetValue(deviceTypes) is { } file)
                {
                    reading = file.FullName;
                    registry = DeviceRegistryFile.Load(file.FullName);
                    reading = target;
                }

                input = target == "-"
                    ? ProjectLoader.FromText(result.GetValue(stdinName)!, ReadLimited(stdin()), result.GetValue(repository))
                    : ProjectLoader.Load(target, result.GetValue(repository));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException
                or KeyNotFoundException or InvalidOperationException)
            {
                error.WriteLine($"catalog validate: cannot read '{reading}': {e.Message}");
                return ExitCodes.Unreadable;
            }

            var validation = new ManifestValidator(registry).Validate(input);
            var report = new ValidationReport(BaseDirectory(target), [validation]);
            Format(result, result.GetValue(format)!, target == "-" ? result.GetValue(stdinName)! : target, result.GetValue(warningsAsErrors))
                .Write(report, output);

            if (validation.Diagnostics.Any(d => d.Code == DiagnosticCodes.ManifestNotFound.Code))
            {
                return ExitCodes.Unreadable;
            }

            var failed = report.Errors > 0 || (result.GetValue(warningsAsErrors) && report.Warnings > 0);
            return failed ? ExitCodes.Invalid : ExitCodes.Success;
        });
        return command;
    }

    internal static IReportFormat Format(ParseResult result, string name, string entry, bool warningsAsErrors) => name switch
    {
        "json" => new JsonReportFormat(),
        "github" => new GithubReportFormat(GithubStepSummary.FromEnvironment(
            entry, GithubStepSummary.ReproduceArguments(result.Tokens.Select(t => t.Value)), warningsAsErrors)),
        "sarif" => new SarifReportFormat(),
        _ => new TextReportFormat(),
    };

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

    // Reads at most one byte past the limit, so an endless stream costs bounded memory and time.
    private static byte[] ReadLimited(Stream stream)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= SourceText.MaxBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
