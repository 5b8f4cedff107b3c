using System.Collections.Immutable;
using System.Text.Json;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Sources.Caching;

namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// A snapshot's validation findings, kept beside it (<c>validation.json</c>) under a key of everything they depend
/// on: the snapshot's commit (its files never change), this build of the tool (the rules), the device registry as of the build date, the
/// repository the entry names, where the manifest is, and what GitHub said of the repository. A build that finds the
/// key unchanged reads the manifest for what it says and takes the findings as they were, instead of reading the
/// compose file, Dockerfiles and README and running every rule again: most of an offline refresh.
/// </summary>
internal static class ValidationMemo
{
    public const string FileName = "validation.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Key(string commit, string repository, string manifestFolder, string manifestName, RemoteRepository? remote, DeviceRegistry devices) =>
        CacheKey.Of(CacheKey.ToolBuild, devices.Fingerprint, commit, repository, manifestFolder, manifestName, remote?.DefaultBranch, remote?.Archived.ToString(), remote?.CanonicalUrl);

    /// <summary>The findings kept under <paramref name="key"/>, or null when there are none, another key's, or the file is damaged.</summary>
    public static ImmutableArray<Diagnostic>? Load(string snapshotDirectory, string key)
    {
        try
        {
            var path = Path.Combine(snapshotDirectory, FileName);
            if (!File.Exists(path))
            {
                return null;
            }

            var memo = JsonSerializer.Deserialize<Memo>(File.ReadAllBytes(path), Json);
            return memo is { Diagnostics: { } diagnostics } && memo.Key == key && diagnostics.All(IsWhole) ? [.. diagnostics] : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged memo costs a validation, never the build.
            return null;
        }
    }

    /// <summary>Keeps the findings under <paramref name="key"/>; a memo that cannot be written is only a slower next build.</summary>
    public static void Save(string snapshotDirectory, string key, ImmutableArray<Diagnostic> diagnostics)
    {
        try
        {
            AtomicFile.WriteAllBytes(Path.Combine(snapshotDirectory, FileName), JsonSerializer.SerializeToUtf8Bytes(new Memo(key, [.. diagnostics]), Json), durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left unwritten: the next build validates again.
        }
    }

    // JSON that parses but lacks a field (edited by hand, an older layout) is no memo.
    private static bool IsWhole(Diagnostic? d) => d is { Code: not null, Message: not null, File: not null };

    private sealed record Memo(string Key, Diagnostic[]? Diagnostics);
}
