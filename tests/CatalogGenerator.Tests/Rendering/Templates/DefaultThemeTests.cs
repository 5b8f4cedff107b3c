using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Templates;

public sealed partial class DefaultThemeTests
{
    private const string Csp = "default-src 'self'; img-src 'self' https:; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private static readonly ThemeRenderer Theme = ThemeRenderer.Load(TestPaths.RepositoryRoot);

    public static TheoryData<string> Layouts => new(SampleModels.ByLayout().Keys);

    [Fact]
    public void The_default_theme_loads_without_problems()
    {
        Assert.Empty(Theme.Diagnostics);
    }

    [Fact]
    public void Every_page_layout_has_a_sample_page()
    {
        Assert.Equal(Theme.Layouts.Where(l => l != ThemeRenderer.BaseLayout).Order(StringComparer.Ordinal), SampleModels.ByLayout().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_renders_its_sample_page_as_the_golden_file_shows(string layout)
    {
        Golden.Verify(Render(layout, SampleModels.ByLayout()[layout]), $"Rendering/Templates/{layout}.html");
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_carries_the_content_security_policy_once(string layout)
    {
        var html = Render(layout, SampleModels.ByLayout()[layout]);

        Assert.Single(Regex.Matches(html, "<meta http-equiv=\"Content-Security-Policy\""));
        // Pagefind runs WebAssembly: the search page alone may compile it (and still runs no inline or foreign script).
        var policy = layout == "search" ? Csp.Replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", StringComparison.Ordinal) : Csp;
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void No_layout_loads_anything_from_another_site_or_runs_inline_script(string layout)
    {
        var html = Render(layout, SampleModels.ByLayout()[layout]);

        Assert.Empty(ExternalResource().Matches(html));
        Assert.All(ScriptTag().Matches(html), m => Assert.Matches("src=\"/fleet/assets/|type=\"application/ld\\+json\"", m.Value));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<[^>]+\\son[a-z]+=", html);
    }

    [Fact]
    public void Hostile_text_in_a_project_is_encoded_everywhere()
    {
        const string Hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        var project = SampleModels.AdGuard with
        {
            Name = Hostile,
            Description = Hostile,
            Version = Hostile,
            Settings = [new SettingView(Hostile, "Environment variable", Hostile, MustSet: false)],
            Hardware = [new HardwareView(Hostile, 2, Optional: true)],
            Findings = [new FindingView("CAT400", "error", "Error", Hostile, "https://example.org/help", Hostile)],
            Tags = [Hostile],
        };

        var html = Render("project", SampleModels.ProjectPage(project));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&gt;&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_on_a_card_is_encoded()
    {
        var card = SampleModels.AdGuardCard with { Name = "<b>bold</b>", Summary = "</p><script>x</script>", BoardNames = ["<i>board</i>"] };
        var page = SampleModels.CatalogPage() with { Projects = [card] };

        var html = Render("catalog", page);

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;board&lt;/i&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guide_html_is_output_as_it_is()
    {
        var html = Render("project", SampleModels.ProjectPage());

        Assert.Contains(SampleModels.AdGuard.Guide.Value, html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"markdown-alert markdown-alert-tip\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element_and_reads_back_exactly()
    {
        const string Description = "Breaks out? </script><script>alert(1)</script> & <!-- too";
        var project = SampleModels.AdGuard with { Description = Description, Name = "Ünïcode & co" };

        var html = Render("project", SampleModels.ProjectPage(project));

        var script = JsonLdScript().Match(html);
        Assert.True(script.Success);
        Assert.DoesNotContain("<", script.Groups["json"].Value, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script.Groups["json"].Value);
        Assert.Equal("SoftwareSourceCode", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(Description, json.RootElement.GetProperty("description").GetString());
        Assert.Equal("Ünïcode & co", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("https://catalog.example.org/fleet/projects/adguard-home/", json.RootElement.GetProperty("url").GetString());
        Assert.Equal("https://catalog.example.org/fleet/logos/3f2a9c.png", json.RootElement.GetProperty("image").GetString());
    }

    [Fact]
    public void A_project_page_has_open_graph_metadata()
    {
        var html = Render("project", SampleModels.ProjectPage());

        Assert.Contains("<meta property=\"og:title\" content=\"AdGuard Home\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:url\" content=\"https://catalog.example.org/fleet/projects/adguard-home/\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"https://catalog.example.org/fleet/logos/3f2a9c.png\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_without_a_default_says_you_must_set_it()
    {
        var project = SampleModels.AdGuard with
        {
            WorksByDefault = false,
            Settings = [new SettingView("API_TOKEN", "Environment variable", null, MustSet: true)],
        };

        var html = Render("project", SampleModels.ProjectPage(project));

        Assert.Contains("<strong class=\"must-set\">You must set this</strong>", html, StringComparison.Ordinal);
        Assert.Contains("you must set them in balenaCloud", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_render_the_same_in_parallel()
    {
        var expected = Render("project", SampleModels.ProjectPage());

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Render(i % 2 == 0 ? "project" : "catalog", i % 2 == 0 ? SampleModels.ProjectPage() : SampleModels.CatalogPage()));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_project_page_with_its_css_and_js_stays_well_under_the_page_weight_budget()
    {
        var assets = Path.Combine(TestPaths.RepositoryRoot, "themes", "default", "assets");
        var bytes = Gzipped(Render("project", SampleModels.ProjectPage()))
            + Gzipped(File.ReadAllText(Path.Combine(assets, "site.css")))
            + Gzipped(File.ReadAllText(Path.Combine(assets, "site.js")));

        // The budget is 60 KB gzipped; the theme keeps a large margin for long READMEs.
        Assert.True(bytes < 15_000, $"project page + site.css + site.js = {bytes} bytes gzipped");
    }

    [Fact]
    public void A_site_without_an_edit_link_base_has_no_edit_link_rather_than_a_broken_one()
    {
        var html = Render("project", SampleModels.ProjectPage(SampleModels.AdGuard with { EditEntryUrl = null }));

        Assert.DoesNotContain("class=\"edit-link\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("projects/adguard-home.yml", html, StringComparison.Ordinal);
    }

    private static string Render(string layout, IPageView page)
    {
        var result = Theme.Render(layout, page);
        Assert.Empty(result.Diagnostics);
        return result.Html!;
    }

    private static int Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }

    // src or stylesheet/icon hrefs that would make the browser fetch from elsewhere.
    [GeneratedRegex("(<(img|script|iframe|source|video|audio)[^>]*\\ssrc=\"(https?:)?//)|(<link[^>]*rel=\"(stylesheet|icon|preload)\"[^>]*href=\"(https?:)?//)")]
    private static partial Regex ExternalResource();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
