using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

/// <summary>hardware (CAT606, CAT600 for item keys) and tags (CAT609).</summary>
public sealed class EntryHardwareAndTagsTests
{
    private const string Repository = "repository: https://github.com/o/r\n";

    [Theory]
    [InlineData("  - { name: Speaker, quantity: 0 }", 3, 32, "quantity of 'Speaker' must be a whole number from 1 to 100, not '0'")]
    [InlineData("  - { name: Speaker, quantity: two }", 3, 32, "not 'two'")]
    [InlineData("  - { name: Speaker, optional: yes }", 3, 32, "optional of 'Speaker' must be true or false, not 'yes'; write 'true'")]
    [InlineData("  - { quantity: 2 }", 3, 5, "has no 'name'")]
    [InlineData("  - { name: '' }", 3, 13, "has no 'name'")]
    [InlineData("  - [Speaker, 2]", 3, 5, "must be a mapping with 'name'")]
    [InlineData("  - ''", 3, 5, "is empty")]
    public void A_hardware_item_that_cannot_be_read_is_reported_and_left_out(string item, int line, int column, string expected)
    {
        var (entry, diagnostics) = Read($"{Repository}hardware:\n{item}\n  - Power supply\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryInvalidHardware));
        AssertAt(finding, line, column);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal([new HardwareItem("Power supply", 1, false)], entry?.Hardware);
    }

    [Theory]
    [InlineData("qty", "quantity")]
    [InlineData("count", "quantity")]
    [InlineData("nmae", "name")]
    [InlineData("optinal", "optional")]
    public void An_unknown_key_in_a_hardware_item_names_the_key_meant(string key, string meant)
    {
        var finding = Single($"{Repository}hardware:\n  - {{ name: Speaker, {key}: 2 }}\n", DiagnosticCodes.EntryUnknownKey);

        AssertAt(finding, 3, 22);
        Assert.EndsWith($"did you mean '{meant}'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_instead_of_optional_is_explained()
    {
        var finding = Single($"{Repository}hardware:\n  - {{ name: Speaker, required: true }}\n", DiagnosticCodes.EntryUnknownKey);

        Assert.Contains("'optional: true'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hardware_that_is_not_a_list_is_the_wrong_type()
    {
        var finding = Single($"{Repository}hardware: USB speaker\n", DiagnosticCodes.EntryWrongValueType);

        AssertAt(finding, 2, 11);
        Assert.Contains("'hardware' must be a list", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Home Assistant]", 2, 8, "write 'home-assistant'")]
    [InlineData("[audio, Audio_Streaming]", 2, 15, "write 'audio-streaming'")]
    [InlineData("[audio, {a: b}]", 2, 15, "not a mapping")]
    public void A_tag_that_is_not_kebab_case_is_refused_with_the_form_to_write(string tags, int line, int column, string expected)
    {
        var (entry, diagnostics) = Read($"{Repository}tags: {tags}\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryWrongValueType));
        AssertAt(finding, line, column);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(entry!.Tags, t => !Slugs.IsKebabCase(t));
    }

    [Fact]
    public void A_tag_listed_twice_is_a_warning_and_kept_once()
    {
        var (entry, diagnostics) = Read($"{Repository}tags: [audio, audio]\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryWrongValueType));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        AssertAt(finding, 2, 15);
        Assert.Equal(["audio"], entry?.Tags);
    }

    [Fact]
    public void Tags_written_as_text_get_the_list_to_write()
    {
        var finding = Single($"{Repository}tags: audio, bluetooth\n", DiagnosticCodes.EntryWrongValueType);

        Assert.EndsWith("write 'tags: [audio, bluetooth]'", finding.Message, StringComparison.Ordinal);
    }
}
