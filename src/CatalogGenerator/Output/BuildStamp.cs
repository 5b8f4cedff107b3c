using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FleetCatalog.Output;

/// <summary>
/// What an offline build was made from and what it left, kept beside the site (<c>NAME.stamp.json</c>) so that the
/// next build with the same inputs can stop at once, as make and Ninja do: the inputs are hashed by name, size and
/// modification time (never by reading them), and so is the live site with its manifest. When both still match,
/// nothing would change, and the build reports what the last one said instead of doing it again.
/// </summary>
/// <param name="Inputs">The hash of <see cref="Cli.BuildStampInputs"/> when the site was published.</param>
/// <param name="Site">The hash of the live site's files (names, sizes, times) and its manifest right after publishing.</param>
/// <param name="ExitCode">What that build exited with.</param>
/// <param name="Report">The lines it printed after the refresh (summary and findings), to print again.</param>
internal sealed record BuildStamp(int Version, string Inputs, string Site, int ExitCode, ImmutableArray<string> Report)
{
    public const int CurrentVersion = 1;

    public static string PathFor(string targetDirectory) => targetDirectory + ".stamp.json";

    /// <summary>The stamp beside <paramref name="targetDirectory"/> when its inputs and site still match; otherwise null.</summary>
    public static BuildStamp? Match(string targetDirectory, string inputs)
    {
        var stamp = Load(targetDirectory);
        return stamp is not null && stamp.Inputs == inputs && stamp.Site == SiteHash(targetDirectory) ? stamp : null;
    }

    /// <summary>Records the site just published at <paramref name="targetDirectory"/> as made from <paramref name="inputs"/>.</summary>
    public static void Save(string targetDirectory, string inputs, int exitCode, IEnumerable<string> report)
    {
        var stamp = new BuildStamp(CurrentVersion, inputs, SiteHash(targetDirectory), exitCode, [.. report]);
        var file = PathFor(targetDirectory);
        var temporary = file + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(stamp, BuildStampJson.Default.BuildStamp));
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>Forgets the stamp (a build that did not publish): the next build does all its work.</summary>
    public static void Delete(string targetDirectory) => File.Delete(PathFor(targetDirectory));

    private static BuildStamp? Load(string targetDirectory)
    {
        try
        {
            var stamp = JsonSerializer.Deserialize(File.ReadAllBytes(PathFor(targetDirectory)), BuildStampJson.Default.BuildStamp);
            return stamp is { Version: CurrentVersion, Inputs: not null, Site: not null, Report.IsDefault: false } ? stamp : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    // Every file of the site (one added, removed, edited or touched by hand changes it) and its manifest.
    private static string SiteHash(string targetDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        FileStamps.AppendTree(hash, targetDirectory);
        FileStamps.AppendFile(hash, SiteManifest.PathFor(targetDirectory));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>
/// The stamp's JSON, generated at compile time: reading it is all a no-op build does besides stating files, and
/// the reflection-based serialiser spent about a fifth of such a build's time preparing itself.
/// </summary>
[JsonSerializable(typeof(BuildStamp))]
internal sealed partial class BuildStampJson : JsonSerializerContext;
