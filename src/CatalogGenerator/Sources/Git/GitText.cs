using System.Text.RegularExpressions;

namespace FleetCatalog.Sources.Git;

/// <summary>Makes git's words and URLs safe to show: no passwords or tokens, no noise.</summary>
internal static partial class GitText
{
    /// <summary>The URL (or any text) without the secrets of "https://token@host" or "scheme://user:secret@host".</summary>
    public static string Redact(string text) => Password().Replace(HttpUser().Replace(text, "$1***@"), "$1:***@");

    /// <summary>The last line git wrote that says something, without "fatal: " and friends.</summary>
    public static string LastLine(string stderr)
    {
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => !l.StartsWith("hint:", StringComparison.Ordinal)) ?? string.Empty;
        foreach (var prefix in (string[])["fatal: ", "error: ", "remote: ", "warning: "])
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                line = line[prefix.Length..];
            }
        }

        return Redact(line);
    }

    public static string Seconds(TimeSpan span) => span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.#} s" : $"{span.TotalMilliseconds:0} ms";

    public static string MiB(long bytes) => $"{bytes / (double)GitOptions.MiB:0.#} MiB";

    [GeneratedRegex("(https?://)[^/@\\s]+@", RegexOptions.IgnoreCase)]
    private static partial Regex HttpUser();

    [GeneratedRegex("(://[^/@:\\s]+):[^/@\\s]+@")]
    private static partial Regex Password();
}
