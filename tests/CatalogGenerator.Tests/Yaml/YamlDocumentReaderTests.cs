using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Tests.Yaml;

public sealed class YamlDocumentReaderTests
{
    [Fact]
    public void Keys_and_values_keep_their_one_based_positions()
    {
        var result = YamlDocumentReader.Read("name: audio\ndata:\n  supportedDeviceTypes:\n    - raspberrypi3\n", "balena.yml");

        var root = Assert.IsType<YamlMapping>(result.Root);
        var name = root.Find("name")!;
        Assert.Equal(SourceSpan.At(1, 1) with { EndColumn = 5 }, name.Key.Span);
        Assert.Equal((1, 7), (name.Value.Span.Line, name.Value.Span.Column));
        var list = Assert.IsType<YamlSequence>(((YamlMapping)root["data"]!)["supportedDeviceTypes"]);
        Assert.Equal((4, 7), (list.Items[0].Span.Line, list.Items[0].Span.Column));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence_and_the_first_value_kept()
    {
        var result = YamlDocumentReader.Read("name: one\ntype: sw.block\nname: two\n", "balena.yml");

        var duplicate = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateKey.Code, duplicate.Code);
        Assert.Equal((3, 1), (duplicate.Span.Line, duplicate.Span.Column));
        Assert.Contains("first at line 1", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal("one", ((YamlScalar)((YamlMapping)result.Root!)["name"]!).Value);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(40)]
    public void Duplicate_key_is_found_in_short_and_long_mappings_alike(int keys)
    {
        // Short mappings are searched in place and long ones through a set: both must find the same repeats.
        var lines = Enumerable.Range(1, keys).Select(i => $"key{i}: {i}").ToList();
        lines.Add("key2: again");
        lines.Add($"key{keys + 1}: last");
        lines.Add($"key{keys}: again");

        var result = YamlDocumentReader.Read(string.Join('\n', lines) + "\n", "balena.yml");

        Assert.Equal([(keys + 1, 1), (keys + 3, 1)], result.Diagnostics.Select(d => (d.Span.Line, d.Span.Column)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.DuplicateKey.Code, d.Code));
        Assert.Contains("first at line 2", result.Diagnostics[0].Message, StringComparison.Ordinal);
        var root = (YamlMapping)result.Root!;
        Assert.Equal(keys + 1, root.Entries.Length);
        Assert.Equal("2", ((YamlScalar)root["key2"]!).Value);
    }

    [Fact]
    public void Syntax_error_has_a_position_and_no_parser_prefix()
    {
        var result = YamlDocumentReader.Read("name: [unclosed\ntype: x\n", "balena.yml");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntaxError.Code, error.Code);
        Assert.True(error.Span.Line >= 1);
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Root);
    }

    [Fact]
    public void Deep_nesting_stops_at_the_depth_limit_without_recursion()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);

        var result = YamlDocumentReader.Read(text, "balena.yml");

        Assert.Equal(DiagnosticCodes.NestingTooDeep.Code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Alias_bomb_is_refused_before_it_expands()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        var result = YamlDocumentReader.Read(string.Join('\n', lines), "balena.yml");

        Assert.Equal(DiagnosticCodes.AliasExpansionTooLarge.Code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_few_aliases_resolve_to_the_anchored_node()
    {
        var result = YamlDocumentReader.Read("base: &b [raspberrypi3]\nother: *b\n", "balena.yml");

        var root = (YamlMapping)result.Root!;
        Assert.Same(root["base"], root["other"]);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Merge_keys_fill_in_missing_entries()
    {
        var result = YamlDocumentReader.Read("defaults: &d {a: 1, b: 2}\nitem:\n  <<: *d\n  b: 3\n", "balena.yml");

        var item = (YamlMapping)((YamlMapping)result.Root!)["item"]!;
        Assert.Equal(["b", "a"], item.Entries.Select(e => e.Name));
        Assert.Equal("3", ((YamlScalar)item["b"]!).Value);
    }

    [Fact]
    public void A_second_document_is_an_error()
    {
        var result = YamlDocumentReader.Read("name: a\n---\nname: b\n", "balena.yml");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MultipleDocuments.Code, error.Code);
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void Undefined_alias_is_a_syntax_error()
    {
        var result = YamlDocumentReader.Read("a: *nothing\n", "balena.yml");

        Assert.Equal(DiagnosticCodes.YamlSyntaxError.Code, Assert.Single(result.Diagnostics).Code);
    }
}
