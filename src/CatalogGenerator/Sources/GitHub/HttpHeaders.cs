using System.Globalization;
using Octokit;

namespace FleetCatalog.Sources.GitHub;

/// <summary>Header lookups that ignore case: GitHub sends lower-case names over HTTP/2, others do not.</summary>
internal static class HttpHeaders
{
    public static string? Find(IResponse response, string name)
    {
        foreach (var (key, value) in response.Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static long? FindNumber(IResponse response, string name) =>
        long.TryParse(Find(response, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
