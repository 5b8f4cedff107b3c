using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Markdown;

public sealed class GuideCacheTests : IDisposable
{
    private const string Guide = "# Weather\n\nSee [the docs](docs/setup.md) and [deploy](https://dashboard.balena-cloud.com/deploy).\n\n## Setup\n\nRun it, then [check](#nowhere).\n";

    private readonly TempDirectory _folder = new();

    [Fact]
    public void A_guide_rendered_before_comes_from_the_cache_as_it_was_rendered()
    {
        var cache = new GuideCache(_folder.Path);
        var renderer = new GuideRenderer(cache);

        var first = renderer.Render(Guide, GuideRendering.Context());
        var second = renderer.Render(Guide, GuideRendering.Context());

        var fresh = GuideRendering.Render(Guide);
        Assert.Equal(fresh.Html, first.Html);
        Assert.Equal(fresh.Html, second.Html);
        Assert.Equal(fresh.Title, second.Title);
        Assert.Equal(fresh.Headings.AsEnumerable(), second.Headings.AsEnumerable());
        Assert.Equal(fresh.Findings.AsEnumerable(), second.Findings.AsEnumerable());
        Assert.NotEmpty(second.Findings);

        // Proof that the second came from the cache: what the cache holds is what is returned.
        var key = GuideCache.Key(Guide, GuideRendering.Context());
        cache.Put(key, first with { Html = "<p>kept</p>" });
        Assert.Equal("<p>kept</p>", renderer.Render(Guide, GuideRendering.Context()).Html);
    }

    [Fact]
    public void Another_text_commit_repository_path_or_option_is_another_guide()
    {
        var context = GuideRendering.Context();
        var key = GuideCache.Key(Guide, context);

        Assert.Equal(key, GuideCache.Key(Guide, GuideRendering.Context()));
        Assert.NotEqual(key, GuideCache.Key(Guide + "More.\n", context));
        Assert.NotEqual(key, GuideCache.Key(Guide, context with { Commit = "fedcba9876543210fedcba9876543210fedcba98" }));
        Assert.NotEqual(key, GuideCache.Key(Guide, GuideRendering.Context(repository: "https://github.com/acme/other")));
        Assert.NotEqual(key, GuideCache.Key(Guide, GuideRendering.Context(guidePath: "docs/README.md")));
        Assert.NotEqual(key, GuideCache.Key(Guide, context with { DropTitle = true }));
        Assert.NotEqual(key, GuideCache.Key(Guide, context with { HighestHeadingLevel = 2 }));
        Assert.NotEqual(key, GuideCache.Key(Guide, context with { SiteBaseUrl = new Uri("https://catalog.example/") }));
    }

    [Fact]
    public void A_damaged_entry_is_rendered_again_and_replaced()
    {
        var cache = new GuideCache(_folder.Path);
        var renderer = new GuideRenderer(cache);
        var expected = renderer.Render(Guide, GuideRendering.Context()).Html;
        var entry = Directory.EnumerateFiles(_folder.Path, "*.json", SearchOption.AllDirectories).Single();

        foreach (var damage in new[] { "{\"key\": \"", "{\"key\": \"another\", \"guide\": {\"html\": \"<p>x</p>\"}}", "{}" })
        {
            File.WriteAllText(entry, damage);
            Assert.Equal(expected, renderer.Render(Guide, GuideRendering.Context()).Html);
            Assert.Equal(expected, cache.Get(GuideCache.Key(Guide, GuideRendering.Context()))!.Html);
        }
    }

    [Fact]
    public void Entries_unused_for_a_month_are_deleted_at_most_once_a_day_and_used_ones_are_kept()
    {
        var cache = new GuideCache(_folder.Path);
        var renderer = new GuideRenderer(cache);
        renderer.Render(Guide, GuideRendering.Context());
        renderer.Render(Guide + "Old.\n", GuideRendering.Context());
        var used = Entry(GuideCache.Key(Guide, GuideRendering.Context()));
        var unused = Entry(GuideCache.Key(Guide + "Old.\n", GuideRendering.Context()));
        var now = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(used, now.AddDays(-40));
        File.SetLastWriteTimeUtc(unused, now.AddDays(-40));

        // Using an entry marks it, so a month-old entry still in use survives.
        renderer.Render(Guide, GuideRendering.Context());
        cache.Prune(now);
        Assert.True(File.Exists(used));
        Assert.False(File.Exists(unused));

        File.SetLastWriteTimeUtc(used, now.AddDays(-40));
        cache.Prune(now.AddHours(2));
        Assert.True(File.Exists(used));
        cache.Prune(now.AddDays(2));
        Assert.False(File.Exists(used));
    }

    public void Dispose() => _folder.Dispose();

    private string Entry(string key) => Path.Combine(_folder.Path, key[..2], key + ".json");
}
