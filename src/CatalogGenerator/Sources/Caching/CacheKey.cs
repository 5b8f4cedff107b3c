using System.Security.Cryptography;
using System.Text;

namespace FleetCatalog.Sources.Caching;

/// <summary>The keys the build cache files its derived results under (validation findings, rendered guides).</summary>
internal static class CacheKey
{
    /// <summary>This build of the tool: its rules and renderer are inputs of everything cached, so a new build starts afresh.</summary>
    public static string ToolBuild { get; } = typeof(CacheKey).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>
    /// SHA-256 (hex) of <paramref name="parts"/>, each written with its length (null as -1), so that no two different
    /// lists of parts hash the same text.
    /// </summary>
    public static string Of(params string?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part?.Length ?? -1).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
