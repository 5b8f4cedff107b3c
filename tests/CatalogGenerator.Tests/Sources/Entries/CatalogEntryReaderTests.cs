using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

public sealed class CatalogEntryReaderTests
{
    [Fact]
    public void A_full_entry_is_read_into_every_field()
    {
        var (entry, diagnostics) = Read("""
            repository: https://github.com/balena-labs-projects/audio
            ref: v1.2.0
            manifest: device/balena.yml
            guide: docs/GUIDE.md
            category: media
            difficulty: beginner
            duration: 1h30m
            hardware:
              - { name: "USB speaker or DAC HAT", quantity: 2, optional: false }
              - name: Bluetooth dongle
                optional: true
              - Power supply
            tags: [audio, bluetooth]
            allow: { CAT403: "the default password is printed on the box" }
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(entry);
        Assert.Equal("thing", entry.Slug);
        Assert.Equal("projects/thing.yml", entry.File);
        Assert.Equal("https://github.com/balena-labs-projects/audio", entry.Repository);
        Assert.Equal("v1.2.0", entry.Ref);
        Assert.Equal("device/balena.yml", entry.ManifestPath);
        Assert.Equal("docs/GUIDE.md", entry.GuidePath);
        Assert.Equal("media", entry.Category);
        Assert.Equal(Difficulty.Beginner, entry.Difficulty);
        Assert.Equal(TimeSpan.FromMinutes(90), entry.Duration);
        Assert.Equal(
            [new HardwareItem("USB speaker or DAC HAT", 2, false), new HardwareItem("Bluetooth dongle", 1, true), new HardwareItem("Power supply", 1, false)],
            entry.Hardware.ToArray());
        Assert.Equal(["audio", "bluetooth"], entry.Tags.ToArray());
        var waiver = Assert.Single(entry.Allow).Value;
        Assert.Equal(("CAT403", "the default password is printed on the box"), (waiver.Code, waiver.Reason));
        Assert.Equal(14, waiver.Span.Line);
    }

    [Fact]
    public void Only_the_repository_is_required_and_the_rest_takes_defaults()
    {
        var (entry, diagnostics) = Read("repository: https://github.com/o/r\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(entry);
        Assert.Null(entry.Ref);
        Assert.Equal("balena.yml", entry.ManifestPath);
        Assert.Equal("README.md", entry.GuidePath);
        Assert.Null(entry.Category);
        Assert.Null(entry.Difficulty);
        Assert.Null(entry.Duration);
        Assert.Empty(entry.Hardware);
        Assert.Empty(entry.Tags);
        Assert.Empty(entry.Allow);
    }

    [Fact]
    public void Keys_left_empty_count_as_not_given()
    {
        var (entry, diagnostics) = Read("repository: https://github.com/o/r\nref:\ncategory: ~\nhardware:\ntags: null\nallow:\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(entry);
        Assert.Null(entry.Ref);
        Assert.Null(entry.Category);
    }

    [Fact]
    public void The_entry_is_read_from_bytes_with_a_byte_order_mark()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. "repository: https://github.com/o/r\n"u8.ToArray()];

        var (entry, diagnostics) = CatalogEntryReader.Read(bytes, "projects/thing.yml", Categories);

        Assert.Empty(diagnostics);
        Assert.Equal("https://github.com/o/r", entry?.Repository);
    }

    [Fact]
    public void An_empty_file_says_what_an_entry_needs()
    {
        var (entry, diagnostics) = CatalogEntryReader.Read("  \n"u8, "projects/thing.yml", Categories);

        Assert.Null(entry);
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EmptyFile));
        Assert.Contains("'repository: https://github.com/OWNER/REPO'", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Span.IsNone);
    }

    [Fact]
    public void A_file_of_only_comments_is_empty()
    {
        var (entry, diagnostics) = Read("# nothing yet\n");

        Assert.Null(entry);
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.EmptyFile));
    }

    [Fact]
    public void A_binary_or_oversized_file_is_refused_by_the_shared_reader()
    {
        var binary = CatalogEntryReader.Read("repository: x\0"u8, "projects/thing.yml", Categories);
        var large = CatalogEntryReader.Read(new byte[EntryText.MaxBytes + 1], "projects/thing.yml", Categories);

        Assert.Single(binary.Diagnostics.WithCode(DiagnosticCodes.NotUtf8Text));
        var tooLarge = Assert.Single(large.Diagnostics.WithCode(DiagnosticCodes.FileTooLarge));
        Assert.DoesNotContain("balena.yml", tooLarge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_its_position_and_no_entry()
    {
        var (entry, diagnostics) = Read("repository: https://github.com/o/r\ntags: [audio\n");

        Assert.Null(entry);
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.YamlSyntaxError));

        // The unclosed '[' on line 2 is noticed where the file ends.
        Assert.Equal(3, finding.Span.Line);
    }

    [Fact]
    public void A_key_written_twice_is_reported_by_the_shared_reader()
    {
        var finding = Single("repository: https://github.com/o/r\ncategory: media\ncategory: networking\n", DiagnosticCodes.DuplicateKey);

        AssertAt(finding, 3, 1);
    }

    [Fact]
    public void An_entry_that_is_a_list_is_the_wrong_type()
    {
        var (entry, diagnostics) = Read("- repository: https://github.com/o/r\n");

        Assert.Null(entry);
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryWrongValueType));
        Assert.Contains("must be a mapping", finding.Message, StringComparison.Ordinal);
        AssertAt(finding, 1, 1);
    }

    [Theory]
    [InlineData("repo", "repository")]
    [InlineData("Repository", "repository")]
    [InlineData("catgory", "category")]
    [InlineData("branch", "ref")]
    [InlineData("readme", "guide")]
    [InlineData("tag", "tags")]
    [InlineData("waivers", "allow")]
    public void An_unknown_key_is_an_error_naming_the_key_meant(string key, string meant)
    {
        var finding = Single($"repository: https://github.com/o/r\n{key}: x\n", DiagnosticCodes.EntryUnknownKey);

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        AssertAt(finding, 2, 1);
        Assert.Contains($"'{key}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"'{meant}'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_with_no_near_match_lists_the_keys()
    {
        var finding = Single("repository: https://github.com/o/r\nlicence: MIT\n", DiagnosticCodes.EntryUnknownKey);

        Assert.Contains("the keys are 'repository', 'ref'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_repository_is_an_error_about_the_whole_file_and_no_entry()
    {
        var (entry, diagnostics) = Read("tags: [audio]\n");

        Assert.Null(entry);
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryRepositoryInvalid));
        Assert.True(finding.Span.IsNone);
        Assert.Contains("add 'repository: https://github.com/OWNER/REPO'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("repository: ", 1, 1)]
    [InlineData("repository: [a, b]", 1, 13)]
    public void An_empty_or_list_repository_is_an_error_and_no_entry(string yaml, int line, int column)
    {
        var (entry, diagnostics) = Read(yaml + "\n");

        Assert.Null(entry);
        AssertAt(Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryRepositoryInvalid)), line, column);
    }

    [Fact]
    public void A_wrong_value_elsewhere_keeps_the_entry_with_that_value_at_its_default()
    {
        var (entry, diagnostics) = Read("repository: https://github.com/o/r\ndifficulty: easy\nguide: ../README.md\n");

        Assert.NotNull(entry);
        Assert.Null(entry.Difficulty);
        Assert.Equal("README.md", entry.GuidePath);
        Assert.Equal(2, diagnostics.Length);
    }
}
