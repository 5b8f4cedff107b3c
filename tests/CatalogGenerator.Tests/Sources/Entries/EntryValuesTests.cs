using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

/// <summary>category (CAT602), difficulty (CAT603), duration (CAT604), ref and paths (CAT609).</summary>
public sealed class EntryValuesTests
{
    private const string Repository = "repository: https://github.com/o/r\n";

    [Theory]
    [InlineData("medai", "did you mean 'media'?")]
    [InlineData("Media", "did you mean 'media'?")]
    [InlineData("Home automation", "did you mean 'home-automation'?")]
    [InlineData("home_automation", "did you mean 'home-automation'?")]
    [InlineData("gardening", "the categories are 'media', 'home-automation', 'networking'")]
    public void An_unknown_category_names_the_category_meant_or_lists_them(string category, string expected)
    {
        var finding = Single($"{Repository}category: {category}\n", DiagnosticCodes.EntryUnknownCategory);

        AssertAt(finding, 2, 11);
        Assert.Contains($"unknown category '{category}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beginner", "Beginner")]
    [InlineData("intermediate", "Intermediate")]
    [InlineData("advanced", "Advanced")]
    public void The_three_difficulties_are_read(string text, string expected)
    {
        Assert.Equal(Enum.Parse<Difficulty>(expected), Read($"{Repository}difficulty: {text}\n").Entry?.Difficulty);
    }

    [Theory]
    [InlineData("Beginner", "beginner")]
    [InlineData("easy", "beginner")]
    [InlineData("medium", "intermediate")]
    [InlineData("hard", "advanced")]
    [InlineData("advnaced", "advanced")]
    public void Another_difficulty_is_an_error_naming_the_word_meant(string text, string meant)
    {
        var finding = Single($"{Repository}difficulty: {text}\n", DiagnosticCodes.EntryInvalidDifficulty);

        AssertAt(finding, 2, 13);
        Assert.Contains($"difficulty '{text}'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean '{meant}'?", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10m", 10)]
    [InlineData("90m", 90)]
    [InlineData("1h", 60)]
    [InlineData("1h30m", 90)]
    [InlineData("24h", 1440)]
    public void Durations_in_hours_and_minutes_are_read(string text, int minutes)
    {
        var (entry, diagnostics) = Read($"{Repository}duration: {text}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(TimeSpan.FromMinutes(minutes), entry?.Duration);
    }

    [Theory]
    [InlineData("30", "has no unit; did you mean '30m'?")]
    [InlineData("90 min", "did you mean '1h30m'?")]
    [InlineData("1.5 hours", "did you mean '1h30m'?")]
    [InlineData("1:30", "did you mean '1h30m'?")]
    [InlineData("1h 30m", "did you mean '1h30m'?")]
    [InlineData("2 hrs", "did you mean '2h'?")]
    [InlineData("0m", "is no time at all")]
    [InlineData("1h90m", "did you mean '2h30m'?")]
    [InlineData("25h", "is more than 24 hours")]
    [InlineData("soon", "is not a duration")]
    public void Other_durations_are_errors_with_the_form_to_write(string text, string expected)
    {
        var finding = Single($"{Repository}duration: {text}\n", DiagnosticCodes.EntryInvalidDuration);

        AssertAt(finding, 2, 11);
        Assert.Contains($"duration '{text}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("v1.2.0")]
    [InlineData("refs/heads/feature/x")]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    public void Branch_tag_and_commit_names_are_accepted(string text)
    {
        var (entry, diagnostics) = Read($"{Repository}ref: {text}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(text, entry?.Ref);
    }

    [Fact]
    public void A_ref_keeps_the_text_as_written_not_as_a_number()
    {
        Assert.Equal("1.10", Read($"{Repository}ref: 1.10\n").Entry?.Ref);
    }

    [Theory]
    [InlineData("--upload-pack=touch", "starts with '-'")]
    [InlineData("\"my branch\"", "holds a space")]
    [InlineData("main..dev", "holds '..'")]
    [InlineData("main.lock", "starts or ends")]
    [InlineData("\"\"", "is empty")]
    public void A_ref_git_cannot_name_is_refused(string text, string expected)
    {
        var (entry, diagnostics) = Read($"{Repository}ref: {text}\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryWrongValueType));
        AssertAt(finding, 2, 6);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Null(entry?.Ref);
    }

    [Theory]
    [InlineData("manifest", "/balena.yml", "write it relative to the repository's root: 'balena.yml'")]
    [InlineData("manifest", "device\\balena.yml", "write 'device/balena.yml' with forward slashes")]
    [InlineData("manifest", "device/", "such as 'device/balena.yml'")]
    [InlineData("guide", "../README.md", "'..' part")]
    [InlineData("guide", "https://example.org/guide.md", "is a URL")]
    public void A_path_outside_or_not_in_the_repository_is_refused(string key, string path, string expected)
    {
        var (entry, diagnostics) = Read($"{Repository}{key}: '{path}'\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryWrongValueType));
        AssertAt(finding, 2, key.Length + 3);
        Assert.Contains($"{key} path '{path}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(key == "manifest" ? "balena.yml" : "README.md", key == "manifest" ? entry?.ManifestPath : entry?.GuidePath);
    }

    [Fact]
    public void A_list_where_text_belongs_is_the_wrong_type()
    {
        var finding = Single($"{Repository}category: [media, networking]\n", DiagnosticCodes.EntryWrongValueType);

        AssertAt(finding, 2, 11);
        Assert.Contains("'category' must be one category slug, not a list", finding.Message, StringComparison.Ordinal);
    }
}
