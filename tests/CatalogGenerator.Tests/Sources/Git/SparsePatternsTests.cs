using FleetCatalog.Sources.Git;

namespace FleetCatalog.Tests.Sources.Git;

public sealed class SparsePatternsTests
{
    [Fact]
    public void The_defaults_cover_manifest_compose_dockerfiles_guide_and_logo()
    {
        Assert.Equal(
            ["/balena.yml", "/balena.yaml", "/.balena/", "/docker-compose.yml", "/docker-compose.yaml", "Dockerfile*", "*.dockerfile", "/README*", "/logo.*"],
            SparsePatterns.For(null, null));
    }

    [Fact]
    public void A_manifest_in_a_folder_adds_it_and_the_compose_file_and_balena_folder_beside_it()
    {
        var patterns = SparsePatterns.For("apps/kiosk/balena.yml", "docs/Guide.md", ["assets/logo.png"]);

        Assert.Equal(
            ["/apps/kiosk/balena.yml", "/apps/kiosk/docker-compose.yml", "/apps/kiosk/docker-compose.yaml", "/apps/kiosk/.balena/", "/docs/Guide.md", "/assets/logo.png"],
            patterns.Skip(SparsePatterns.Defaults.Count));
    }

    [Fact]
    public void Paths_already_covered_are_not_repeated()
    {
        Assert.Equal(SparsePatterns.Defaults, SparsePatterns.For("./balena.yml", "/docker-compose.yml"));
    }

    [Theory]
    [InlineData("./docs\\guide.md", "docs/guide.md")]
    [InlineData("/docs//guide.md", "docs/guide.md")]
    [InlineData("../elsewhere.md", null)]
    [InlineData("docs/../../x", null)]
    [InlineData(".git/config", null)]
    [InlineData("a\nb", null)]
    [InlineData("  ", null)]
    public void Paths_are_normalised_and_those_leaving_the_repository_dropped(string path, string? normalised)
    {
        Assert.Equal(normalised, SparsePatterns.Normalize(path));
    }

    [Fact]
    public void Wildcards_and_trailing_spaces_in_a_name_are_escaped_so_the_name_means_itself()
    {
        var added = SparsePatterns.For("odd/[x]*?.yml", "notes ").Skip(SparsePatterns.Defaults.Count).ToList();

        Assert.Equal(@"/odd/\[x]\*\?.yml", added[0]);
        Assert.Equal(@"/notes\ ", added[^1]);
    }
}
