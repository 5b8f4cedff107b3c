using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

public sealed class EntrySlugTests
{
    [Theory]
    [InlineData("projects/audio.yml", "audio")]
    [InlineData("projects/ads-b-flight-tracker.yml", "ads-b-flight-tracker")]
    [InlineData("projects/3d-printer.yml", "3d-printer")]
    public void The_file_name_is_the_slug(string file, string slug)
    {
        var (entry, diagnostics) = Read("repository: https://github.com/o/r\n", file);

        Assert.Empty(diagnostics);
        Assert.Equal(slug, entry?.Slug);
    }

    [Theory]
    [InlineData("projects/Home_Assistant.yml", "rename it 'home-assistant.yml'")]
    [InlineData("projects/balenaSense.yml", "rename it 'balena-sense.yml'")]
    [InlineData("projects/audio--block.yml", "rename it 'audio-block.yml'")]
    [InlineData("projects/audio.yaml", "must be a '.yml' file to be read; rename it 'audio.yml'")]
    public void A_file_name_that_is_not_a_kebab_case_yml_is_refused_with_the_name_to_use(string file, string expected)
    {
        var (entry, diagnostics) = Read("repository: https://github.com/o/r\n", file);

        Assert.Null(entry);
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntrySlugInvalid));
        Assert.True(finding.Span.IsNone);
        Assert.Equal(file, finding.File);
        Assert.EndsWith(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_longer_than_an_address_should_be_is_refused()
    {
        var finding = Single("repository: https://github.com/o/r\n", DiagnosticCodes.EntrySlugInvalid, $"projects/{new string('a', 65)}.yml");

        Assert.Contains("longer than 64 characters", finding.Message, StringComparison.Ordinal);
    }
}
