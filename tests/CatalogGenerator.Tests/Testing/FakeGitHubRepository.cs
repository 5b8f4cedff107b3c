using System.Globalization;
using System.Text.Json.Nodes;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// A repository served by <see cref="FakeGitHub"/>. Change any property between builds: the JSON, and so
/// the ETag, follow, which is what makes GitHub answer 200 instead of 304.
/// </summary>
internal sealed class FakeGitHubRepository(string owner, string name, long id)
{
    public string Owner { get; } = owner;

    public string Name { get; } = name;

    public long Id { get; } = id;

    public string FullName => $"{Owner}/{Name}";

    public int Stars { get; set; } = 42;

    public IList<string> Topics { get; set; } = ["balena", "iot"];

    /// <summary>An SPDX id, <c>NOASSERTION</c>, or null for no licence.</summary>
    public string? License { get; set; } = "Apache-2.0";

    public string? Description { get; set; } = "A balena project";

    public string DefaultBranch { get; set; } = "main";

    public bool Archived { get; set; }

    public DateTimeOffset? PushedAt { get; set; } = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public string HtmlUrl { get; set; } = $"https://github.com/{owner}/{name}";

    /// <summary>The repository this one is a fork of (GitHub's <c>parent</c>); set it with <see cref="ForkOf"/>.</summary>
    public FakeGitHubRepository? Parent { get; private set; }

    /// <summary>The forks of this repository, as <c>repos/{owner}/{repo}/forks</c> lists them.</summary>
    public IList<FakeGitHubRepository> Forks { get; } = [];

    /// <summary>Makes this repository a fork of <paramref name="parent"/>, as GitHub reports it on both sides.</summary>
    public FakeGitHubRepository ForkOf(FakeGitHubRepository parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        Parent = parent;
        parent.Forks.Add(this);
        return this;
    }

    /// <summary>Newest first.</summary>
    public IList<FakeGitHubRelease> Releases { get; set; } = [];

    /// <summary>Misbehaviour for requests about this repository only.</summary>
    public FakeGitHubFault? Fault { get; set; }

    internal JsonObject ToJson(string apiUrl)
    {
        var api = $"{apiUrl}repos/{FullName}";
        var json = new JsonObject
        {
            ["id"] = Id,
            ["node_id"] = $"R_{Id}",
            ["name"] = Name,
            ["full_name"] = FullName,
            ["private"] = false,
            ["owner"] = new JsonObject { ["login"] = Owner, ["id"] = Id + 1_000_000, ["type"] = "User", ["html_url"] = $"https://github.com/{Owner}" },
            ["html_url"] = HtmlUrl,
            ["description"] = Description,
            ["fork"] = Parent is not null,
            ["url"] = api,
            ["clone_url"] = HtmlUrl + ".git",
            ["created_at"] = Time(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            ["updated_at"] = Time(PushedAt),
            ["pushed_at"] = Time(PushedAt),
            ["stargazers_count"] = Stars,
            ["watchers_count"] = Stars,
            ["forks_count"] = Forks.Count,
            ["open_issues_count"] = 1,
            ["archived"] = Archived,
            ["disabled"] = false,
            ["license"] = License is null ? null : new JsonObject
            {
                ["key"] = License.ToLowerInvariant(),
                ["name"] = License,
                ["spdx_id"] = License,
                ["url"] = License == "NOASSERTION" ? null : $"{apiUrl}licenses/{License.ToLowerInvariant()}",
                ["node_id"] = "MDc6TGljZW5zZTI=",
            },
            ["topics"] = new JsonArray([.. Topics.Select(t => (JsonNode?)t)]),
            ["visibility"] = "public",
            ["default_branch"] = DefaultBranch,
        };
        if (Parent is not null)
        {
            json["parent"] = Parent.ToJson(apiUrl);
            var source = Parent;
            while (source.Parent is not null)
            {
                source = source.Parent;
            }

            json["source"] = source.ToJson(apiUrl);
        }

        return json;
    }

    internal JsonObject ReleaseJson(FakeGitHubRelease release, string apiUrl)
    {
        var releaseId = Id * 1000 + Releases.IndexOf(release);
        return new JsonObject
        {
            ["url"] = $"{apiUrl}repos/{FullName}/releases/{releaseId}",
            ["html_url"] = $"{HtmlUrl}/releases/tag/{release.Tag}",
            ["assets_url"] = $"{apiUrl}repos/{FullName}/releases/{releaseId}/assets",
            ["upload_url"] = $"https://uploads.github.com/repos/{FullName}/releases/{releaseId}/assets{{?name,label}}",
            ["tarball_url"] = $"{apiUrl}repos/{FullName}/tarball/{release.Tag}",
            ["zipball_url"] = $"{apiUrl}repos/{FullName}/zipball/{release.Tag}",
            ["id"] = releaseId,
            ["node_id"] = $"RE_{releaseId}",
            ["tag_name"] = release.Tag,
            ["target_commitish"] = DefaultBranch,
            ["name"] = release.Name,
            ["body"] = string.Empty,
            ["draft"] = release.Draft,
            ["prerelease"] = release.Prerelease,
            ["created_at"] = Time(release.PublishedAt ?? PushedAt),
            ["published_at"] = Time(release.PublishedAt),
            ["author"] = new JsonObject { ["login"] = Owner, ["id"] = Id + 1_000_000, ["type"] = "User" },
            ["assets"] = new JsonArray(),
        };
    }

    private static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
