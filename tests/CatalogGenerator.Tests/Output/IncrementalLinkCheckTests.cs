using FleetCatalog.Diagnostics;
using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

/// <summary>
/// A link check given the last check's baseline reads only the changed pages when that cannot change what it finds,
/// and always finds exactly what checking every page finds.
/// </summary>
public sealed class IncrementalLinkCheckTests
{
    private static readonly SiteUrls Root = new("https://example.org/");

    [Fact]
    public void A_changed_page_alone_is_read_and_its_new_broken_link_found()
    {
        using var site = new Site(("index.html", """<a href="/learn/#setup">setup</a>"""), ("learn/index.html", """<h2 id="setup">Setup</h2>"""), ("about/index.html", "<p>about</p>"));
        var first = site.Check(null);

        site.Write("about/index.html", """<p>about <a href="/gone/">gone</a></p>""");
        var second = site.Check(first, "about/index.html");

        Assert.Equal(1, second.PagesChecked);
        Assert.Equal(3, first.PagesChecked);
        Assert.Equal(site.Check(null).Findings, second.Findings);
        Assert.Equal("about/index.html", Assert.Single(second.Findings).File);
    }

    [Fact]
    public void Unchanged_pages_keep_the_last_checks_findings()
    {
        using var site = new Site(("index.html", """<a href="/gone/">gone</a>"""), ("learn/index.html", "<p>learn</p>"));
        var first = site.Check(null);

        site.Write("learn/index.html", "<p>learn more</p>");
        var second = site.Check(first, "learn/index.html");

        Assert.Equal(1, second.PagesChecked);
        Assert.Equal(first.Findings, second.Findings);
    }

    [Fact]
    public void A_changed_page_that_loses_an_id_another_page_links_to_has_every_page_checked()
    {
        using var site = new Site(("index.html", """<a href="/learn/#setup">setup</a>"""), ("learn/index.html", """<h2 id="setup">Setup</h2>"""));
        var first = site.Check(null);

        site.Write("learn/index.html", """<h2 id="install">Install</h2>""");
        var second = site.Check(first, "learn/index.html");

        Assert.Equal(2, second.PagesChecked);
        Assert.Equal(DiagnosticCodes.LinkFragmentMissing.Code, Assert.Single(second.Findings).Code);
    }

    [Fact]
    public void A_changed_svg_that_loses_an_id_has_every_page_checked()
    {
        using var site = new Site(("index.html", """<a href="/icons.svg#star">star</a>"""), ("icons.svg", """<svg><symbol id="star"/></svg>"""));
        var first = site.Check(null);

        site.Write("icons.svg", """<svg><symbol id="moon"/></svg>""");
        var second = site.Check(first, "icons.svg");

        Assert.Equal(1, second.PagesChecked);
        Assert.Equal("index.html", Assert.Single(second.Findings).File);
    }

    [Fact]
    public void A_file_removed_another_base_url_or_no_ids_recorded_has_every_page_checked()
    {
        using var site = new Site(("index.html", """<a href="/logo.png">logo</a>"""), ("logo.png", "png"), ("learn/index.html", "<p>learn</p>"));
        var first = site.Check(null);
        site.Write("learn/index.html", "<p>learn more</p>");

        Assert.Equal(2, site.Check(first with { Record = first.Record with { Base = "https://example.net/" } }, "learn/index.html").PagesChecked);
        Assert.Equal(2, site.Check(first with { Ids = new Dictionary<string, string>() }, "learn/index.html").PagesChecked);
        Assert.Equal(1, site.Check(first, "learn/index.html").PagesChecked);

        site.Remove("logo.png");
        var removed = site.Check(first, "learn/index.html");
        Assert.Equal(2, removed.PagesChecked);
        Assert.Equal("index.html", Assert.Single(removed.Findings).File);
    }

    [Fact]
    public void Over_random_sites_and_edits_it_finds_what_checking_every_page_finds()
    {
        var shortcuts = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            using var site = Site.Random(random);
            var baseline = site.Check(null);
            for (var round = 0; round < 3; round++)
            {
                var changed = site.Edit(random);
                var incremental = site.Check(baseline, [.. changed]);
                var full = site.Check(null);

                Assert.True(full.Findings.SequenceEqual(incremental.Findings), $"seed {seed}, round {round}: {string.Join("; ", changed)}");
                Assert.Equal(full.Ids.OrderBy(i => i.Key, StringComparer.Ordinal), incremental.Ids.OrderBy(i => i.Key, StringComparer.Ordinal));
                shortcuts += incremental.PagesChecked < full.PagesChecked ? 1 : 0;
                baseline = incremental;
            }
        }

        // Not a test of nothing: most edits keep the files and ids, so most checks took the shortcut.
        Assert.InRange(shortcuts, 300, 900);
    }

    private sealed class Site : IDisposable
    {
        private static readonly string[] Names = ["a", "b", "c", "d"];
        private readonly TempDirectory dir = new();
        private readonly SortedDictionary<string, string> files = new(StringComparer.Ordinal);

        public Site(params (string Path, string Text)[] initial)
        {
            foreach (var (path, text) in initial)
            {
                Write(path, text);
            }
        }

        public static Site Random(Random random)
        {
            var site = new Site();
            var pages = Enumerable.Range(0, random.Next(2, 8)).Select(i => i == 0 ? "index.html" : $"p{i}/index.html").ToList();
            foreach (var page in pages)
            {
                site.Write(page, Page(random, pages));
            }

            site.Write("icons.svg", Svg(random));
            site.Write("logo.png", "png");
            return site;
        }

        public LinkCheckResult Check(LinkCheckResult? previous, params string[] changed) =>
            LinkChecker.Check(
                dir.Path,
                [.. files.Keys],
                Root,
                previous is null ? null : new LinkCheckBaseline(previous.Record, previous.Ids, [.. previous.Findings]),
                changed);

        public void Write(string path, string text)
        {
            dir.Write(path, text);
            files[path] = text;
        }

        public void Remove(string path)
        {
            File.Delete(Path.Combine(dir.Path, path));
            files.Remove(path);
        }

        /// <summary>One to three edits; returns the files whose bytes changed or that are new, as a build reports them.</summary>
        public IReadOnlyCollection<string> Edit(Random random)
        {
            var before = new Dictionary<string, string>(files, StringComparer.Ordinal);
            var pages = files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var page = pages[random.Next(pages.Count)];
                switch (random.Next(10))
                {
                    case 0:
                        Write("icons.svg", Svg(random));
                        break;
                    case 1:
                        Write($"p{random.Next(8, 10)}/index.html", Page(random, pages));
                        break;
                    case 2 when page != "index.html":
                        Remove(page);
                        pages.Remove(page);
                        break;
                    case 3:
                        Write(page, Page(random, pages)); // other links and ids
                        break;
                    default:
                        // Other links, the same ids: the common edit, which must take the shortcut.
                        Write(page, Page(random, pages, Ids(files[page])) + $"<!-- {random.Next()} -->");
                        break;
                }
            }

            return [.. files.Where(f => !before.TryGetValue(f.Key, out var text) || text != f.Value).Select(f => f.Key)];
        }

        public void Dispose() => dir.Dispose();

        private static string Page(Random random, List<string> pages, string? ids = null)
        {
            ids ??= string.Concat(Names.Where(_ => random.Next(2) == 0).Select(n => $"<h2 id=\"{n}\">{n}</h2>"));
            var links = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(6) switch
            {
                0 => "/" + SitePath.UrlPathOf(pages[random.Next(pages.Count)]),
                1 => "/" + SitePath.UrlPathOf(pages[random.Next(pages.Count)]) + "#" + Names[random.Next(Names.Length)],
                2 => "#" + Names[random.Next(Names.Length)],
                3 => "/icons.svg#" + Names[random.Next(Names.Length)],
                4 => random.Next(2) == 0 ? "/logo.png" : "/p9/",
                _ => "https://github.com/example/" + random.Next(3),
            });
            return ids + string.Concat(links.Select(l => $"<a href=\"{l}\">x</a>\n"));
        }

        private static string Svg(Random random) =>
            "<svg>" + string.Concat(Names.Where(_ => random.Next(2) == 0).Select(n => $"<symbol id=\"{n}\"/>")) + "</svg>";

        private static string Ids(string page) =>
            string.Concat(Names.Where(n => page.Contains($"<h2 id=\"{n}\">", StringComparison.Ordinal)).Select(n => $"<h2 id=\"{n}\">{n}</h2>"));
    }
}
