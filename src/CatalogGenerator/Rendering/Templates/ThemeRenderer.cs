using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Templates;

/// <summary>
/// Renders pages through the theme's Liquid layouts (Fluid). Load once per build with <see cref="Load"/>, then call
/// <see cref="Render"/> from any number of threads: every template is parsed at load and nothing changes afterwards.
/// <para>
/// In templates, <c>page</c> is the page's view model and <c>site</c> its <see cref="SiteView"/>; members are in
/// snake_case (<c>page.project.board_groups</c>). Every value is HTML-encoded, except <see cref="SafeHtml"/> values,
/// which are output as they are; the <c>raw</c> filter does not exist. A page layout's output becomes
/// <c>content</c> in <c>base.liquid</c>, unless it says <c>{% layout 'other' %}</c> or <c>{% layout 'none' %}</c>.
/// </para>
/// </summary>
internal sealed class ThemeRenderer
{
    public const string BaseLayout = "base";
    public const string NoLayout = "none";
    private const string LayoutKey = "layout";
    private const int MaxLayoutDepth = 4;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ThemeTemplateStore store;
    private readonly TemplateOptions options;
    private readonly Dictionary<string, Diagnostic> syntaxErrors;

    private ThemeRenderer(ThemeTemplateStore store, TemplateOptions options, IReadOnlyList<Diagnostic> diagnostics, string assetsDirectory)
    {
        this.store = store;
        this.options = options;
        Diagnostics = diagnostics;
        AssetsDirectory = assetsDirectory;
        syntaxErrors = diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateSyntaxError.Code)
            .GroupBy(d => d.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Problems found while loading (syntax errors, missing partials, unknown filters, unused site layouts).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The theme's <c>assets</c> folder (CSS, JS, images), to copy to <c>/assets/</c> of the site.</summary>
    public string AssetsDirectory { get; }

    /// <summary>Every layout a page can be rendered with (top-level templates; partials are under <c>partials/</c>).</summary>
    public IReadOnlyList<string> Layouts => store.Names.Where(n => !n.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Loads <c>themes/<paramref name="theme"/>/layouts</c> under <paramref name="root"/> (the folder holding <c>themes/</c> and <c>site/</c>), with <c>site/layouts</c> replacing theme files of the same name.</summary>
    public static ThemeRenderer Load(string root, string theme = "default")
    {
        var parser = new FluidParser();
        parser.RegisterExpressionTag(LayoutKey, static async (expression, _, _, context) =>
        {
            context.AmbientValues[LayoutKey] = (await expression.EvaluateAsync(context)).ToStringValue();
            return Completion.Normal;
        });

        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            StrictFilters = true,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in ModelTypes())
        {
            options.MemberAccessStrategy.Register(type);
        }

        options.ValueConverters.Add(static value => value is SafeHtml html ? new StringValue(html.Value, encode: false) : null);
        ThemeFilters.Configure(options.Filters);

        var (templates, diagnostics) = ThemeLoader.Load(root, theme, parser, options.Filters);
        var store = new ThemeTemplateStore(templates);
        options.FileProvider = store;
#pragma warning disable FLUID001 // Experimental API; see ThemeTemplateStore.
        options.TemplateCache = store;
#pragma warning restore FLUID001
        return new ThemeRenderer(store, options, diagnostics, Path.Combine(root, "themes", theme, "assets"));
    }

    /// <summary>Renders <paramref name="page"/> with the layout <paramref name="layout"/> (e.g. <c>project</c>) inside <c>base</c>.</summary>
    public TemplateRenderResult Render(string layout, IPageView page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var context = new TemplateContext(options);
        context.SetValue("site", page.Site);
        context.SetValue("page", page);

        var html = string.Empty;
        var current = layout;
        var used = new List<string>();
        while (current != NoLayout)
        {
            if (used.Contains(current, StringComparer.Ordinal) || used.Count == MaxLayoutDepth)
            {
                return TemplateRenderResult.Failure(DiagnosticCodes.TemplateRenderFailed.Create(
                    $"The layouts wrap each other in a loop ({string.Join(" → ", used.Append(current))}); a layout named in {{% layout %}} must not lead back to the page's own layout.",
                    store.Find(used[^1])?.File ?? used[^1],
                    SourceSpan.None));
            }

            var rendered = RenderOne(current, used.Count == 0 ? null : used[^1], context, html);
            if (rendered.Html is null)
            {
                return rendered;
            }

            used.Add(current);
            html = rendered.Html;
            current = context.AmbientValues.Remove(LayoutKey, out var next) && next is string name && name.Length > 0
                ? name
                : current == BaseLayout ? NoLayout : BaseLayout;
        }

        return new TemplateRenderResult(html, []);
    }

    private TemplateRenderResult RenderOne(string name, string? wrappedBy, TemplateContext context, string content)
    {
        var template = store.Find(name);
        if (template is null)
        {
            var where = wrappedBy is null ? "A page asked for the layout" : $"{store.Find(wrappedBy)?.File} asks for the layout";
            return TemplateRenderResult.Failure(DiagnosticCodes.LayoutNotFound.Create(
                $"{where} '{name}', but there is no layouts/{name}.liquid in the theme or in site/layouts{DidYouMean.Phrase(DidYouMean.Closest(name, Layouts))}",
                wrappedBy is null ? $"layouts/{name}.liquid" : store.Find(wrappedBy)?.File ?? wrappedBy,
                SourceSpan.None));
        }

        if (template.Template is null)
        {
            return TemplateRenderResult.Failure(syntaxErrors[template.File]);
        }

        context.SetValue("content", new SafeHtml(content));
        try
        {
            return new TemplateRenderResult(template.Template.Render(context, Encoder), []);
        }
        catch (FileNotFoundException missing)
        {
            return TemplateRenderResult.Failure(DiagnosticCodes.PartialNotFound.Create(
                $"{template.File} renders the partial '{missing.Message}', which is missing or has a syntax error (reported with its file).",
                template.File,
                SourceSpan.None));
        }
        catch (Exception failure) when (failure is FluidException or InvalidOperationException or ArgumentException or FormatException)
        {
            return TemplateRenderResult.Failure(DiagnosticCodes.TemplateRenderFailed.Create(
                $"{template.File} failed while rendering: {failure.Message.TrimEnd('.')}.",
                template.File,
                SourceSpan.None));
        }
    }

    private static IEnumerable<Type> ModelTypes() =>
        typeof(SafeHtml).Assembly.GetTypes().Where(t =>
            t.Namespace == typeof(SafeHtml).Namespace && t.IsClass && !(t.IsAbstract && t.IsSealed) && !t.IsNested
            && !t.Name.Contains('<', StringComparison.Ordinal));
}
