using Fluid;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Templates;

/// <summary>
/// Reads <c>themes/&lt;theme&gt;/layouts/**/*.liquid</c>, lets <c>site/layouts/**/*.liquid</c> replace any of them by
/// name, parses each once and checks what they refer to (partials, filters) before a page is rendered.
/// </summary>
internal static class ThemeLoader
{
    public static (IReadOnlyList<ThemeTemplate> Templates, IReadOnlyList<Diagnostic> Diagnostics) Load(
        string root, string theme, FluidParser parser, FilterCollection filters)
    {
        var diagnostics = new List<Diagnostic>();
        var themeLayouts = Path.Combine(root, "themes", theme, "layouts");
        if (!Directory.Exists(themeLayouts))
        {
            diagnostics.Add(DiagnosticCodes.LayoutNotFound.Create(
                $"The theme '{theme}' has no layouts folder: expected {Relative(root, themeLayouts)} with base.liquid and one layout per page type.",
                Relative(root, themeLayouts),
                SourceSpan.None));
            return ([], diagnostics);
        }

        var files = Read(root, themeLayouts, isSiteOverride: false);
        var themeNames = files.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, file) in Read(root, Path.Combine(root, "site", "layouts"), isSiteOverride: true))
        {
            files[name] = file;
        }

        var templates = new List<ThemeTemplate>();
        foreach (var (name, (path, source, isOverride)) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (parser.TryParse(source, out var template, out var error))
            {
                templates.Add(new ThemeTemplate(name, path, source, template, isOverride));
            }
            else
            {
                templates.Add(new ThemeTemplate(name, path, source, null, isOverride));
                diagnostics.Add(TemplateErrors.Syntax(path, error));
            }
        }

        var referenced = CheckReferences(templates, filters, diagnostics);
        foreach (var unused in templates.Where(t => t.IsSiteOverride && !themeNames.Contains(t.Name) && !referenced.Contains(t.Name)))
        {
            var suggestion = Suggest(unused.Name, themeNames);
            diagnostics.Add(DiagnosticCodes.SiteLayoutUnused.Create(
                $"{unused.File} does not replace any file of the theme and no layout uses it, so it changes nothing{suggestion} A file in site/layouts replaces the theme's file of the same name.",
                unused.File,
                SourceSpan.None));
        }

        return (templates, diagnostics);
    }

    private static HashSet<string> CheckReferences(List<ThemeTemplate> templates, FilterCollection filters, List<Diagnostic> diagnostics)
    {
        var names = templates.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var filterNames = filters.Select(f => f.Key).ToList();
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates.Where(t => t.Template is not null))
        {
            var references = TemplateReferences.Of(template.Template!);
            foreach (var partial in references.Partials.Distinct(StringComparer.Ordinal))
            {
                var name = ThemeTemplateStore.NameOf(partial);
                referenced.Add(name);
                if (!names.ContainsKey(name))
                {
                    var suggestion = Suggest(name, names.Keys);
                    diagnostics.Add(DiagnosticCodes.PartialNotFound.Create(
                        $"{template.File} renders the partial '{partial}', but there is no layouts/{name}.liquid in the theme or in site/layouts{suggestion}",
                        template.File,
                        TemplateErrors.LineOf(template.Source, partial)));
                }
            }

            foreach (var filter in references.Filters.Distinct(StringComparer.Ordinal).Where(f => !filters.TryGetValue(f, out _)))
            {
                var why = filter == "raw"
                    ? " Values are always HTML-encoded; only sanitised HTML (guides, learn pages, JSON-LD) is output as it is, without a filter."
                    : Suggest(filter, filterNames);
                diagnostics.Add(DiagnosticCodes.UnknownTemplateFilter.Create(
                    $"{template.File} uses the filter '{filter}', which does not exist{why}",
                    template.File,
                    TemplateErrors.LineOf(template.Source, filter)));
            }
        }

        return referenced;
    }

    private static Dictionary<string, (string File, string Source, bool IsSiteOverride)> Read(string root, string directory, bool isSiteOverride)
    {
        var files = new Dictionary<string, (string, string, bool)>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*" + ThemeTemplateStore.Extension, SearchOption.AllDirectories))
        {
            var name = ThemeTemplateStore.NameOf(Path.GetRelativePath(directory, path));
            files[name] = (Relative(root, path), File.ReadAllText(path), isSiteOverride);
        }

        return files;
    }

    private static string Suggest(string name, IEnumerable<string> candidates) =>
        DidYouMean.Phrase(DidYouMean.Closest(name, candidates)) is { Length: > 0 } phrase ? phrase : ".";

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
