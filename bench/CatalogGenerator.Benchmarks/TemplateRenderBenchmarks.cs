using BenchmarkDotNet.Attributes;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// The default theme's Liquid templates (Fluid), on the test suite's sample view models: a project page, which a
/// catalog renders once per project, a listing of cards, and one page of every layout.
/// </summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmarks
{
    private ThemeRenderer _theme = null!;
    private IPageView _project = null!;
    private IPageView _catalog = null!;
    private IReadOnlyDictionary<string, IPageView> _everyLayout = null!;

    [GlobalSetup]
    public void Setup()
    {
        _theme = ThemeRenderer.Load(Corpus.RepositoryRoot());
        _project = SampleModels.ProjectPage();
        _catalog = SampleModels.CatalogPage();
        _everyLayout = SampleModels.ByLayout();
    }

    /// <summary>A project's page (its guide already rendered to HTML).</summary>
    [Benchmark(Baseline = true)]
    public int ProjectPage() => Html("project", _project);

    /// <summary>The catalog's listing page.</summary>
    [Benchmark]
    public int CatalogPage() => Html("catalog", _catalog);

    /// <summary>One page of each of the theme's layouts.</summary>
    [Benchmark]
    public int EveryLayout() => _everyLayout.Sum(page => Html(page.Key, page.Value));

    private int Html(string layout, IPageView view) =>
        _theme.Render(layout, view).Html?.Length ?? throw new InvalidOperationException($"the {layout} layout did not render");
}
