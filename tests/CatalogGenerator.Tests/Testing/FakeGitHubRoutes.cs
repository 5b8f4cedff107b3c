using System.Globalization;
using System.Text.Json.Nodes;

namespace FleetCatalog.Tests.Testing;

/// <summary>What <see cref="FakeGitHub"/> serves for a known repository, shaped like GitHub's REST answers.</summary>
internal static class FakeGitHubRoutes
{
    /// <summary>The JSON for a route below <c>repos/{owner}/{repo}</c>, or null for 404.</summary>
    public static string? Body(FakeGitHubRepository repository, string[] rest, string query, string api)
    {
        return rest switch
        {
            [] => repository.ToJson(api).ToJsonString(),
            ["forks"] => new JsonArray([.. Page(repository.Forks, query).Select(f => (JsonNode?)f.ToJson(api))]).ToJsonString(),
            ["topics"] => new JsonObject { ["names"] = new JsonArray([.. repository.Topics.Select(t => (JsonNode?)t)]) }.ToJsonString(),
            ["releases"] => new JsonArray([.. Page(repository.Releases.Where(r => !r.Draft), query).Select(r => (JsonNode?)repository.ReleaseJson(r, api))]).ToJsonString(),
            ["releases", "latest"] => repository.Releases.FirstOrDefault(r => !r.Draft && !r.Prerelease) is { } latest
                ? repository.ReleaseJson(latest, api).ToJsonString()
                : null,
            _ => null,
        };
    }

    private static IEnumerable<T> Page<T>(IEnumerable<T> releases, string query)
    {
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.OrdinalIgnoreCase);
        var size = parameters.TryGetValue("per_page", out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 100) : 30;
        var page = parameters.TryGetValue("page", out var p) && int.TryParse(p, CultureInfo.InvariantCulture, out var m) ? Math.Max(m, 1) : 1;
        return releases.Skip((page - 1) * size).Take(size);
    }
}
