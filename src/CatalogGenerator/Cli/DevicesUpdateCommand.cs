using System.CommandLine;
using System.Globalization;
using FleetCatalog.Devices;

namespace FleetCatalog.Cli;

/// <summary><c>catalog devices update</c>: refresh the device-type list from balena's public API.</summary>
internal static class DevicesUpdateCommand
{
    public const string DataFile = "src/CatalogGenerator/Devices/device-types.json";

    private const string Source =
        "balena API /v7/device_type (slug, name, arch, aliases, contract hardware flags); support status from balena's docs (hardware/devices and hardware/versioning)";

    public static Command Create()
    {
        var apiUrl = new Option<string>("--api-url")
        {
            Description = "balena's API base address.",
            DefaultValueFactory = _ => BalenaDeviceTypeClient.DefaultApiUrl,
        };
        var outputFile = new Option<FileInfo?>("--output", "-o")
        {
            Description = $"The device-type list to update (default: {DataFile} of the repository around the current directory).",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change without writing anything." };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for balena's API.",
            DefaultValueFactory = _ => 30,
        };
        timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() <= 0)
            {
                r.AddError("--timeout must be a positive number of seconds.");
            }
        });

        var command = new Command("update", "Refresh the device-type list from balena's public API (needs the internet).")
        {
            apiUrl, outputFile, dryRun, timeout,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(apiUrl)!,
            result.GetValue(outputFile)?.FullName,
            result.GetValue(dryRun),
            TimeSpan.FromSeconds(result.GetValue(timeout)),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string apiUrl, string? output, bool dryRun, TimeSpan timeout, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var path = output ?? FindDataFile(Environment.CurrentDirectory);
        if (path is null)
        {
            stderr.WriteLine($"catalog devices update: cannot find {DataFile} (no Catalog.sln above {Environment.CurrentDirectory}); run it inside the Fleet Catalog repository or pass --output FILE");
            return ExitCodes.Unreadable;
        }

        DeviceRegistryDocument current;
        try
        {
            current = File.Exists(path) ? DeviceRegistryFile.LoadDocument(path) : DeviceRegistryFile.LoadEmbeddedDocument();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine($"catalog devices update: cannot read the current list '{path}': {e.Message}; fix or delete it, then try again");
            return ExitCodes.Unreadable;
        }

        IReadOnlyList<ApiDeviceType> fromApi;
        try
        {
            using var client = BalenaDeviceTypeClient.Create(apiUrl, timeout);
            stdout.WriteLine($"Asking {client.RequestUri.GetLeftPart(UriPartial.Path)} ...");
            fromApi = await client.GetDeviceTypesAsync(cancellationToken);
        }
        catch (BalenaApiException e)
        {
            stderr.WriteLine($"catalog devices update: {e.Message}. {Path.GetFileName(path)} was not changed.");
            return ExitCodes.Unreadable;
        }

        var merge = DeviceRegistryMerge.Merge(current.DeviceTypes, fromApi);
        DevicesUpdateSummary.Write(merge, fromApi.Count, stdout);
        if (!merge.ChangesFile)
        {
            stdout.WriteLine($"{path} is up to date ({merge.DeviceTypes.Length} device types); nothing written.");
            return ExitCodes.Success;
        }

        if (dryRun)
        {
            stdout.WriteLine($"Dry run: {path} not written.");
            return ExitCodes.Success;
        }

        try
        {
            var document = new DeviceRegistryDocument(Source, DateOnly.FromDateTime(DateTime.UtcNow), merge.DeviceTypes);
            WriteAtomically(path, DeviceRegistryFile.Serialize(document));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"catalog devices update: cannot write '{path}': {e.Message}");
            return ExitCodes.Unreadable;
        }

        stdout.WriteLine($"Wrote {path} ({merge.DeviceTypes.Length} device types). Review the diff, set the status of new boards from balena's docs, and rebuild the tool to use it.");
        return ExitCodes.Success;
    }

    /// <summary>The data file of the repository that holds <paramref name="directory"/>, or null outside one.</summary>
    public static string? FindDataFile(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
            {
                var file = Path.Combine(dir.FullName, DataFile);
                return File.Exists(file) ? file : null;
            }
        }

        return null;
    }

    // A reader (a build, the site generator) never sees half a file, and a failed write leaves the old one.
    private static void WriteAtomically(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp");
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
