using FleetCatalog.Benchmarks;

namespace FleetCatalog.Tests.Benchmarks;

public sealed class TemplateRenderBenchmarksTests
{
    [Fact]
    public void Every_benchmark_renders_its_pages()
    {
        var benchmarks = new TemplateRenderBenchmarks();
        benchmarks.Setup();

        Assert.True(benchmarks.ProjectPage() > 1_000);
        Assert.True(benchmarks.CatalogPage() > 1_000);
        Assert.True(benchmarks.EveryLayout() > benchmarks.ProjectPage() + benchmarks.CatalogPage());
    }
}
