using System.Globalization;
using System.Text.RegularExpressions;

namespace FleetCatalog.Sources.Git;

/// <summary>Reads "git version 2.39.5" (also "2.39.5.windows.1", "2.39.3 (Apple Git-146)") and checks it is new enough.</summary>
internal static partial class GitVersion
{
    /// <summary>GIT_CONFIG_GLOBAL (keeping the user's config out) needs 2.32; blobless sparse fetches work from there on.</summary>
    public static readonly Version Minimum = new(2, 32);

    public static Version? Parse(string output)
    {
        var match = Number().Match(output);
        return match.Success
            ? new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"git version (\d{1,4})\.(\d{1,4})")]
    private static partial Regex Number();
}
