using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

public sealed class CatalogEntryLoaderTests
{
    [Fact]
    public void Every_entry_is_read_in_file_name_order_and_a_broken_one_does_not_stop_the_others()
    {
        using var temp = new TempDirectory();
        temp.Write("zigbee.yml", "repository: https://github.com/o/zigbee\n");
        temp.Write("audio.yml", "repository: https://github.com/o/audio\ncategory: media\n");
        temp.Write("broken.yml", "repository: [\n");
        temp.Write("README.md", "# not an entry\n");

        var result = CatalogEntryLoader.LoadAll(temp.Path, Categories);

        Assert.Equal(["audio", "zigbee"], result.Entries.Select(e => e.Slug));
        Assert.Equal(["projects/audio.yml", "projects/zigbee.yml"], result.Entries.Select(e => e.File));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CAT103", "projects/broken.yml"), (error.Code, error.File));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_yaml_file_with_the_long_extension_is_reported_not_skipped()
    {
        using var temp = new TempDirectory();
        temp.Write("audio.yaml", "repository: https://github.com/o/audio\n");

        var result = CatalogEntryLoader.LoadAll(temp.Path, Categories);

        Assert.Empty(result.Entries);
        Assert.Equal(("CAT605", "projects/audio.yaml"), (result.Diagnostics[0].Code, result.Diagnostics[0].File));
    }

    [Fact]
    public void A_missing_folder_is_an_error_in_the_result()
    {
        var result = CatalogEntryLoader.LoadAll(Path.Combine(Path.GetTempPath(), "fleet-catalog-tests", "no-such-folder"), Categories);

        Assert.Empty(result.Entries);
        Assert.Equal("CAT109", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("https://github.com/balena-labs-projects/audio")]
    [InlineData("https://github.com/Balena-Labs-Projects/Audio.git")]
    [InlineData("git@github.com:balena-labs-projects/audio.git")]
    [InlineData("ssh://git@github.com/balena-labs-projects/audio")]
    [InlineData("http://www.github.com/balena-labs-projects/audio/")]
    public void A_repository_listed_twice_under_any_spelling_is_an_error_on_the_second_entry(string spelling)
    {
        using var temp = new TempDirectory();
        temp.Write("audio.yml", "repository: https://github.com/balena-labs-projects/audio\n");
        temp.Write("audio-block.yml", $"category: media\nrepository: {spelling}\n");

        var result = CatalogEntryLoader.LoadAll(temp.Path, Categories);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("CAT608", "projects/audio.yml"), (finding.Code, finding.File));
        Assert.Equal((1, 13), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("already listed by 'projects/audio-block.yml'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["audio-block"], result.Entries.Select(e => e.Slug));
    }

    [Fact]
    public void A_fork_under_another_owner_is_a_different_repository()
    {
        using var temp = new TempDirectory();
        temp.Write("a.yml", "repository: https://github.com/chrisys/train-departure-display\n");
        temp.Write("b.yml", "repository: https://github.com/CalamityJames/train-departure-display\n");

        Assert.Empty(CatalogEntryLoader.LoadAll(temp.Path, Categories).Diagnostics);
    }

    [Fact]
    public void Local_repositories_are_compared_by_folder()
    {
        using var temp = new TempDirectory();
        temp.Write("a.yml", "repository: file:///srv/git/audio\n");
        temp.Write("b.yml", "repository: file:///srv/git/audio.git/\n");
        temp.Write("c.yml", "repository: file:///srv/git/video\n");

        var result = CatalogEntryLoader.LoadAll(temp.Path, Categories);

        Assert.Equal("projects/b.yml", Assert.Single(result.Diagnostics.WithCode(DiagnosticCodes.EntryDuplicateRepository)).File);
    }
}
