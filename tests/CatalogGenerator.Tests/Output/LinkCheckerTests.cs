using System.Diagnostics;
using FleetCatalog.Diagnostics;
using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;
using Xunit.Abstractions;

namespace FleetCatalog.Tests.Output;

public sealed class LinkCheckerTests(ITestOutputHelper log)
{
    private static readonly SiteUrls Root = new("https://example.org/");
    private static readonly SiteUrls Catalog = new("https://example.org/catalog");

    [Fact]
    public void Links_to_pages_folders_files_and_ids_that_exist_are_fine()
    {
        var diagnostics = Check(
            Root,
            ("index.html", """
                <a href="projects/">all</a> <a href="/projects/pihole/">pi-hole</a> <a href="projects/pihole/#settings">settings</a>
                <a href="/projects/pihole">no slash</a> <a href="learn/index.html?x=1">learn</a> <a href="#top">top</a> <a href="">self</a>
                <link rel="stylesheet" href="assets/site.css"> <img src="./logos/a.png" alt="">
                <a href="https://example.org/learn/">own absolute URL</a> <a href="https://other.example/x">elsewhere</a>
                <a href="mailto:hi@example.org">mail</a> <a href="#main">skip</a> <main id="main"></main>
                """),
            ("projects/index.html", """<a href="../">home</a> <a href="pihole/">pi-hole</a>"""),
            ("projects/pihole/index.html", """<h2 id="settings">Settings</h2> <a href="../../learn/#caf%C3%A9">café</a>"""),
            ("learn/index.html", """<h2 id="café">Café</h2>"""),
            ("assets/site.css", "body{}"),
            ("logos/a.png", "png"));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_link_to_a_missing_page_is_an_error_at_its_line_and_column_with_a_suggestion()
    {
        var diagnostics = Check(
            Root,
            ("index.html", "<!doctype html>\n<p>Try\n  <a class=\"x\" href=\"/projects/pihol/\">Pi-hole</a></p>"),
            ("projects/pihole/index.html", "<p>pi-hole</p>"));

        var broken = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink.Code, broken.Code);
        Assert.Equal(DiagnosticSeverity.Error, broken.Severity);
        Assert.Equal("index.html", broken.File);
        Assert.Equal((3, 22), (broken.Span.Line, broken.Span.Column));
        Assert.Contains("'/projects/pihol/'", broken.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'projects/pihole/'?", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_fragment_is_an_error_naming_the_id()
    {
        var diagnostics = Check(
            Root,
            ("index.html", """<a href="learn/#setings">settings</a>"""),
            ("learn/index.html", """<h2 id="settings">Settings</h2>"""));

        var broken = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LinkFragmentMissing.Code, broken.Code);
        Assert.Equal((1, 10), (broken.Span.Line, broken.Span.Column));
        Assert.Contains("'#setings'", broken.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'settings'?", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_on_the_same_page_must_exist_there()
    {
        var diagnostics = Check(Root, ("index.html", """<a href="#content">skip</a><main id="main"></main>"""));

        Assert.Equal(DiagnosticCodes.LinkFragmentMissing.Code, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Under_a_base_path_site_absolute_links_must_include_it()
    {
        var diagnostics = Check(
            Catalog,
            ("index.html", """
                <a href="/catalog/projects/">fine</a> <a href="projects/">fine</a>
                <a href="https://example.org/catalog/projects/">fine</a> <a href="https://example.org/blog/">another site on the host</a>
                <a href="/projects/">off the site</a> <a href="https://example.org/catalog/missing/">missing</a>
                """),
            ("projects/index.html", "<p>all</p>"));

        Assert.Collection(
            diagnostics,
            d =>
            {
                Assert.Equal(DiagnosticCodes.BrokenLink.Code, d.Code);
                Assert.Equal(3, d.Span.Line);
                Assert.Contains("lives under /catalog/", d.Message, StringComparison.Ordinal);
                Assert.Contains("'/catalog/projects/'", d.Message, StringComparison.Ordinal);
            },
            d =>
            {
                Assert.Equal(DiagnosticCodes.BrokenLink.Code, d.Code);
                Assert.Contains("'missing/'", d.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Every_url_of_a_srcset_is_checked()
    {
        var diagnostics = Check(
            Root,
            ("index.html", """<img src="a.png" srcset="a.png 1x, b.png 2x,c.png 3x" alt=""><picture><source srcset="/d.webp"></picture>"""),
            ("a.png", "png"),
            ("c.png", "png"));

        Assert.Equal(["'b.png'", "'/d.webp'"], diagnostics.Select(d => d.Message.Split(' ')[2]));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.BrokenLink.Code, d.Code));
    }

    [Fact]
    public void Markup_shown_as_text_in_code_comments_and_scripts_is_not_a_link()
    {
        var diagnostics = Check(
            Root,
            ("index.html", """
                <pre><code>&lt;a href="missing.html"&gt;</code></pre>
                <p>Write <code>href="/nowhere/"</code> in the README.</p>
                <!-- <a href="old.html">old</a> -->
                <script>document.write('<a href="gone.html">')</script>
                <textarea><img src="none.png"></textarea>
                <a data-href="none.html" title='href="x.html"'>ok</a>
                """));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Entities_in_urls_are_decoded_and_the_query_ignored()
    {
        var diagnostics = Check(Root, ("index.html", """<a href="search/?q=a&amp;b=c">s</a><a href="fish&#38;chips.html">f</a>"""), ("search/index.html", "s"), ("fish&chips.html", "f"));

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("utf-8 with a byte order mark")]
    [InlineData("utf-16")]
    public void Positions_are_in_characters_whatever_the_page_is_encoded_in(string encoding)
    {
        using var dir = new TempDirectory();
        // Column 20: "<p>", three letters, a space, an emoji (two UTF-16 units), a space, then '<a href="'.
        const string Page = "<p>Caf\u00e9</p>\n<p>\u00e9t\u00e9 \U0001F600 <a href=\"/gone/\">x</a></p>";
        var bytes = encoding == "utf-16"
            ? [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(Page)]
            : (byte[])[0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Page)];
        dir.WriteBytes("index.html", bytes);

        var broken = Assert.Single(LinkChecker.Check(dir.Path, Root));

        Assert.Equal((2, 20), (broken.Span.Line, broken.Span.Column));
        Assert.Equal("/gone/".Length, broken.Span.EndColumn - broken.Span.Column);
    }

    [Fact]
    public void Findings_come_page_by_page_and_only_the_first_two_hundred_addresses_get_suggestions()
    {
        // Pages are checked in parallel; what the reader gets must not depend on which thread finished first.
        var files = new List<(string, string)>();
        for (var i = 0; i < 250; i++)
        {
            files.Add(($"projects/p{i:000}/index.html", $"""<a href="/projects/p{i:000}x/">next</a> <a href="/projects/p{i:000}/#nowhere">here</a>"""));
        }

        var diagnostics = Check(Root, [.. files]);

        Assert.Equal(500, diagnostics.Count);
        Assert.Equal(diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Span.Column), diagnostics);
        var broken = diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink.Code).ToList();
        Assert.All(broken.Take(200), d => Assert.Contains("did you mean", d.Message, StringComparison.Ordinal));
        Assert.All(broken.Skip(200), d => Assert.DoesNotContain("did you mean", d.Message, StringComparison.Ordinal));
        Assert.Equal(250, diagnostics.Count(d => d.Code == DiagnosticCodes.LinkFragmentMissing.Code));
    }

    [Fact]
    public void An_svg_read_for_its_ids_is_a_target_and_its_own_links_are_not_checked()
    {
        var diagnostics = Check(
            Root,
            ("index.html", """<a href="icons.svg#star">star</a> <a href="icons.svg#moon">moon</a>"""),
            ("icons.svg", """<svg xmlns="http://www.w3.org/2000/svg"><symbol id="star"/><a href="/gone/">x</a></svg>"""));

        var missing = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LinkFragmentMissing.Code, missing.Code);
        Assert.Equal("index.html", missing.File);
    }

    [Fact]
    public void Checking_a_thousand_pages_takes_time_in_proportion_to_their_number()
    {
        using var dir = new TempDirectory();
        var files = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var page = $"projects/p{i}/index.html";
            var next = (i + 1) % 1000;
            dir.Write(page, $"""
                <!doctype html><html lang="en"><head><title>Project {i}</title><link rel="stylesheet" href="/assets/site.css"></head>
                <body><nav><a href="/">Home</a> <a href="/projects/">Projects</a></nav><main id="main"><h1 id="top-{i}">Project {i}</h1>
                <p>Next: <a href="../p{next}/#top-{next}">project {next}</a>. <code>&lt;a href="nowhere"&gt;</code></p>
                <img src="/logos/p{i}.png" srcset="/logos/p{i}.png 1x, /logos/p{i}.png 2x" alt=""></main></body></html>
                """);
            dir.Write($"logos/p{i}.png", "png");
            files.Add(page);
            files.Add($"logos/p{i}.png");
        }

        files.AddRange(["index.html", "projects/index.html", "assets/site.css"]);
        dir.Write("index.html", "home");
        dir.Write("projects/index.html", "projects");
        dir.Write("assets/site.css", "body{}");

        Measure(dir.Path, files); // warm-up: the first run pays for JIT compilation
        var small = Measure(dir.Path, [.. files.Where(f => !f.StartsWith("projects/p", StringComparison.Ordinal) || Number(f) < 100)]);
        var large = Measure(dir.Path, files);

        log.WriteLine($"100 pages: {small.Elapsed.TotalMilliseconds:0} ms; 1,000 pages: {large.Elapsed.TotalMilliseconds:0} ms");
        Assert.Single(small.Diagnostics); // p99 links to p100, which the smaller site leaves out
        Assert.Empty(large.Diagnostics);
    }

    private static (TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics) Measure(string root, List<string> files)
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = LinkChecker.Check(root, files, Root);
        return (watch.Elapsed, diagnostics);
    }

    private static int Number(string file) => int.Parse(file.Split('/')[1][1..], System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<Diagnostic> Check(SiteUrls urls, params (string Path, string Text)[] files)
    {
        using var dir = new TempDirectory();
        foreach (var (path, text) in files)
        {
            dir.Write(path, text);
        }

        return LinkChecker.Check(dir.Path, urls);
    }
}
