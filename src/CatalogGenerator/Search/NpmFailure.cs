using System.Text.RegularExpressions;

namespace FleetCatalog.Search;

/// <summary>Why an <c>npm ci</c> failed, in a few words, from its error code (<c>npm error code ENOTFOUND</c>).</summary>
internal static partial class NpmFailure
{
    // The codes npm gives when its registry cannot be reached (DNS, refused, reset, timed out, proxy, offline cache).
    private static readonly HashSet<string> NetworkCodes = new(StringComparer.Ordinal)
    {
        "ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENETUNREACH", "EHOSTUNREACH", "ENOTCACHED", "ERR_SOCKET_TIMEOUT",
    };

    /// <summary>"failed: the npm registry could not be reached (ENOTFOUND)", "failed (npm exited with 1, EUSAGE)".</summary>
    public static string Describe(ToolRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var code = ErrorCode().Match(run.Output) is { Success: true } match ? match.Groups[1].Value : null;
        return code is not null && NetworkCodes.Contains(code)
            ? $"failed: the npm registry could not be reached ({code})"
            : $"failed (npm exited with {run.ExitCode}{(code is null ? string.Empty : $", {code}")})";
    }

    // npm 7+ prints "npm error code X" (10+) or "npm ERR! code X" (7 to 9).
    [GeneratedRegex(@"^npm (?:error|ERR!) code (\S+)", RegexOptions.Multiline)]
    private static partial Regex ErrorCode();
}
