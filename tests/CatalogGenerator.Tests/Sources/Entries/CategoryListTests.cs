using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Entries;

public sealed class CategoryListTests
{
    [Fact]
    public void Categories_are_read_in_order()
    {
        var (categories, diagnostics) = CategoryList.Read("- slug: media\n  name: Media\n  description: Sound.\n- slug: radio\n  name: Radio\n  description: SDR.\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["media", "radio"], categories!.Slugs);
        Assert.Equal(new Category("radio", "Radio", "SDR."), categories.Find("radio"));
        Assert.Null(categories.Find("Radio"));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error_and_no_list()
    {
        using var temp = new TempDirectory();

        var (categories, diagnostics) = CategoryList.Load(Path.Combine(temp.Path, "categories.yml"));

        Assert.Null(categories);
        var finding = Assert.Single(diagnostics);
        Assert.Equal(("CAT109", "site/categories.yml"), (finding.Code, finding.File));
        Assert.Contains("does not exist", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("media: Media\n", "must be a non-empty list of categories, not a mapping")]
    [InlineData("[]\n", "must be a non-empty list of categories, not a list")]
    [InlineData("- slug: media\n  name: Media\n", "this category has no 'description'")]
    [InlineData("- slug: Media Stuff\n  name: Media\n  description: x\n", "write 'media-stuff'")]
    [InlineData("- slug: media\n  name: Media\n  description: x\n- slug: media\n  name: Again\n  description: y\n", "category 'media' is listed twice (first at line 1)")]
    [InlineData("- media\n", "each category must be a mapping")]
    public void A_malformed_list_is_reported_and_not_used(string yaml, string expected)
    {
        var (categories, diagnostics) = CategoryList.Read(yaml);

        Assert.Null(categories);
        Assert.Contains(diagnostics, d => d.Code == "CAT609" && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_key_in_a_category_names_the_key_meant()
    {
        var (_, diagnostics) = CategoryList.Read("- slug: media\n  name: Media\n  descripton: x\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryUnknownKey));
        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("did you mean 'description'?", finding.Message, StringComparison.Ordinal);
    }
}
