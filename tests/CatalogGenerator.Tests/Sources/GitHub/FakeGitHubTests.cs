using System.Net;
using System.Text.Json.Nodes;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.GitHub;

/// <summary>The test server answers like GitHub where the lead's end-to-end tests rely on it.</summary>
public sealed class FakeGitHubTests : IDisposable
{
    private readonly FakeGitHub _github = new();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Latest_release_is_the_newest_full_release_or_404()
    {
        _github.Add("o", "with", r => r.Releases = [new("v2-beta", Prerelease: true), new("v1")]);
        _github.Add("o", "without");

        var with = await _http.GetAsync(new Uri(_github.ApiUrl, "repos/o/with/releases/latest"));
        var without = await _http.GetAsync(new Uri(_github.ApiUrl, "repos/o/without/releases/latest"));

        Assert.Equal("v1", JsonNode.Parse(await with.Content.ReadAsStringAsync())!["tag_name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, without.StatusCode);
    }

    [Fact]
    public async Task A_matching_etag_gets_304_without_spending_quota()
    {
        _github.Add("o", "r");
        var first = await _http.GetAsync(new Uri(_github.ApiUrl, "repos/o/r"));
        var quota = _github.QuotaRemaining;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(_github.ApiUrl, "repos/o/r"));
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());

        var second = await _http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(quota, _github.QuotaRemaining);
        Assert.Equal(304, _github.Requests[^1].Status);
    }

    [Fact]
    public async Task Paths_outside_the_base_path_are_not_found()
    {
        using var enterprise = new FakeGitHub("/api/v3/");
        enterprise.Add("o", "r");
        var root = new Uri(enterprise.ApiUrl, "/");

        var outside = await _http.GetAsync(new Uri(root, "repos/o/r"));
        var inside = await _http.GetAsync(new Uri(enterprise.ApiUrl, "repos/o/r"));

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal("repos/o/r", enterprise.Requests[^1].Route);
    }

    public void Dispose()
    {
        _http.Dispose();
        _github.Dispose();
    }
}
