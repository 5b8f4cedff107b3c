using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Templates;

public sealed class ThemeRendererTests : IDisposable
{
    private readonly TempDirectory root = new();

    public ThemeRendererTests()
    {
        root.Write("themes/t/layouts/base.liquid", "<main>{{ content }}</main>");
        root.Write("themes/t/layouts/home.liquid", "home of {{ site.title }}: {% render 'partials/greeting', name: page.meta.title %}");
        root.Write("themes/t/layouts/partials/greeting.liquid", "hello {{ name }}");
    }

    public void Dispose() => root.Dispose();

    [Fact]
    public void A_page_layout_is_rendered_inside_the_base_layout_with_snake_case_members()
    {
        var html = Render("home");

        Assert.Equal("<main>home of Fleet Catalog: hello Fleet Catalog</main>", html);
    }

    [Fact]
    public void A_layout_in_site_layouts_replaces_the_themes_layout()
    {
        root.Write("site/layouts/home.liquid", "site home {{ page.intro }}");

        Assert.Equal("<main>site home A catalog of projects for your Raspberry Pi and other boards that work the moment you deploy them.</main>", Render("home"));
    }

    [Fact]
    public void A_partial_in_site_layouts_replaces_the_themes_partial()
    {
        root.Write("site/layouts/partials/greeting.liquid", "hi {{ name }}");

        Assert.Equal("<main>home of Fleet Catalog: hi Fleet Catalog</main>", Render("home"));
    }

    [Fact]
    public void A_layout_tag_chooses_another_wrapper_or_none()
    {
        root.Write("themes/t/layouts/plain.liquid", "{% layout 'none' %}just this");
        root.Write("themes/t/layouts/docs.liquid", "{% layout 'wide' %}docs");
        root.Write("themes/t/layouts/wide.liquid", "[{{ content }}]");

        Assert.Equal("just this", Render("plain"));
        Assert.Equal("<main>[docs]</main>", Render("docs"));
    }

    [Fact]
    public void Layouts_that_wrap_each_other_in_a_loop_are_reported()
    {
        root.Write("themes/t/layouts/a.liquid", "{% layout 'b' %}a");
        root.Write("themes/t/layouts/b.liquid", "{% layout 'a' %}b");

        var result = Load().Render("a", SampleModels.HomePage());

        Assert.Null(result.Html);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRenderFailed.Code, diagnostic.Code);
        Assert.Contains("a → b → a", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_names_the_file_line_and_column()
    {
        root.Write("site/layouts/home.liquid", "<h1>{{ page.intro }}</h1>\n{% if page.featured %}\n<p>x</p>\n{% endfor %}\n");

        var theme = Load();

        var diagnostic = Assert.Single(theme.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntaxError.Code, diagnostic.Code);
        Assert.Equal("site/layouts/home.liquid", diagnostic.File);
        Assert.Equal(SourceSpan.At(4, 1), diagnostic.Span);
        Assert.Contains("'{% endif %}' was expected", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", diagnostic.Message, StringComparison.Ordinal);

        var result = theme.Render("home", SampleModels.HomePage());
        Assert.Null(result.Html);
        Assert.Same(diagnostic, Assert.Single(result.Diagnostics));
    }

    [Fact]
    public void A_syntax_error_in_a_partial_is_reported_at_load_and_fails_the_pages_that_use_it()
    {
        root.Write("themes/t/layouts/partials/greeting.liquid", "hello {{ name ");

        var theme = Load();
        var result = theme.Render("home", SampleModels.HomePage());

        var syntax = Assert.Single(theme.Diagnostics);
        Assert.Equal(("CAT840", "themes/t/layouts/partials/greeting.liquid", 1), (syntax.Code, syntax.File, syntax.Span.Line));
        Assert.Null(result.Html);
        Assert.Equal(DiagnosticCodes.PartialNotFound.Code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_partial_is_reported_at_its_line_with_a_suggestion()
    {
        root.Write("themes/t/layouts/home.liquid", "x\n  {% render 'partials/greting' %}");

        var diagnostic = Assert.Single(Load().Diagnostics);

        Assert.Equal(DiagnosticCodes.PartialNotFound.Code, diagnostic.Code);
        Assert.Equal("themes/t/layouts/home.liquid", diagnostic.File);
        Assert.Equal(SourceSpan.At(2, 14), diagnostic.Span);
        Assert.EndsWith("did you mean 'partials/greeting'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_filter_is_reported_with_a_suggestion()
    {
        root.Write("themes/t/layouts/home.liquid", "{{ page.intro | upcsae }}");

        var diagnostic = Assert.Single(Load().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownTemplateFilter.Code, diagnostic.Code);
        Assert.Equal(SourceSpan.At(1, 17), diagnostic.Span);
        Assert.Contains("'upcsae'", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'upcase'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_raw_filter_does_not_exist_so_nothing_is_output_unencoded_by_mistake()
    {
        root.Write("themes/t/layouts/home.liquid", "{{ page.intro | raw }}");

        var diagnostic = Assert.Single(Load().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownTemplateFilter.Code, diagnostic.Code);
        Assert.Contains("always HTML-encoded", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_layout_is_reported_with_a_suggestion()
    {
        var result = Load().Render("hme", SampleModels.HomePage());

        Assert.Null(result.Html);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LayoutNotFound.Code, diagnostic.Code);
        Assert.EndsWith("did you mean 'home'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_layout_that_replaces_nothing_is_a_warning_with_a_suggestion()
    {
        root.Write("site/layouts/hmoe.liquid", "x");

        var diagnostic = Assert.Single(Load().Diagnostics);

        Assert.Equal(DiagnosticCodes.SiteLayoutUnused.Code, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("site/layouts/hmoe.liquid", diagnostic.File);
        Assert.Contains("did you mean 'home'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_site_partial_used_by_a_site_layout_is_fine()
    {
        root.Write("site/layouts/home.liquid", "{% render 'partials/extra' %}");
        root.Write("site/layouts/partials/extra.liquid", "extra");

        Assert.Equal("<main>extra</main>", Render("home"));
    }

    [Fact]
    public void A_missing_theme_is_reported()
    {
        var theme = ThemeRenderer.Load(root.Path, "nope");

        var diagnostic = Assert.Single(theme.Diagnostics);
        Assert.Equal(DiagnosticCodes.LayoutNotFound.Code, diagnostic.Code);
        Assert.Equal("themes/nope/layouts", diagnostic.File);
        Assert.Equal(DiagnosticCodes.LayoutNotFound.Code, Assert.Single(theme.Render("home", SampleModels.HomePage()).Diagnostics).Code);
    }

    [Fact]
    public void A_failure_while_rendering_is_a_diagnostic_not_an_exception()
    {
        root.Write("themes/t/layouts/home.liquid", "{% assign n = 0 %}{% for i in (1..10) %}{% render 'home' %}{% endfor %}");

        var result = Load().Render("home", SampleModels.HomePage());

        Assert.Null(result.Html);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRenderFailed.Code, diagnostic.Code);
        Assert.Equal("themes/t/layouts/home.liquid", diagnostic.File);
    }

    private ThemeRenderer Load() => ThemeRenderer.Load(root.Path, "t");

    private string Render(string layout)
    {
        var theme = Load();
        Assert.Empty(theme.Diagnostics);
        var result = theme.Render(layout, SampleModels.HomePage());
        Assert.Empty(result.Diagnostics);
        return result.Html!;
    }
}
