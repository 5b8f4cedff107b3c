using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class AssetsMustBeBlobAssetsWithUrlTests
{
    [Fact]
    public void Blob_assets_with_a_url_pass()
    {
        var diagnostics = TestProject.ValidateManifest("""
            type: sw.application
            assets:
              repository:
                type: blob.asset
                data:
                  url: 'https://github.com/a/b'
              logo:
                type: blob.asset
                data:
                  url: >-
                    https://raw.githubusercontent.com/a/b/master/logo.png
            """ + "\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.InvalidAsset));
    }

    [Fact]
    public void An_asset_without_type_is_an_error_at_its_slug()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    data:\n      url: https://x/l.png\n").WithCode(DiagnosticCodes.InvalidAsset));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("asset 'logo' has no 'type'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'type: blob.asset'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_type_is_an_error_at_the_type_naming_it()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    type: image\n    data:\n      url: https://x/l.png\n").WithCode(DiagnosticCodes.InvalidAsset));

        Assert.Equal((4, 11), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'type: image'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'blob.asset'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asset_without_data_url_is_an_error_at_its_slug()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nassets:\n  repository:\n    type: blob.asset\n").WithCode(DiagnosticCodes.InvalidAsset));

        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("asset 'repository' has no 'data.url'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data:", 5)]
    [InlineData("data: null", 5)]
    public void An_empty_data_is_an_error_at_data(string line, int column)
    {
        var finding = Assert.Single(TestProject.ValidateManifest($"type: sw.application\nassets:\n  logo:\n    type: blob.asset\n    {line}\n").WithCode(DiagnosticCodes.InvalidAsset));

        Assert.Equal((5, column), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("has no 'data.url'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("address of the image", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_of_the_wrong_shape_is_left_to_CAT210()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    type: blob.asset\n    data:\n      url: [a]\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.InvalidAsset));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.WrongValueType));
    }

    [Fact]
    public void A_url_directly_under_the_asset_is_told_to_move_under_data()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    type: blob.asset\n    url: https://x/l.png\n").WithCode(DiagnosticCodes.InvalidAsset));

        Assert.Equal((5, 5), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("move it under 'data':\n", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("data:\n    url: https://x/l.png", finding.Message, StringComparison.Ordinal);
        Assert.Empty(TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    type: blob.asset\n    url: https://x/l.png\n").WithCode(DiagnosticCodes.UnknownKey));
    }

    [Theory]
    [InlineData("url: ''", 12)]
    [InlineData("url:", 11)]
    public void An_empty_url_is_an_error_at_the_url(string line, int column)
    {
        var finding = Assert.Single(TestProject.ValidateManifest($"type: sw.application\nassets:\n  logo:\n    type: blob.asset\n    data:\n      {line}\n").WithCode(DiagnosticCodes.InvalidAsset));

        Assert.Equal((6, column), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("empty 'data.url'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asset_written_as_a_bare_url_is_reported_once_when_read_with_its_rewrite()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\nassets:\n  logo: https://x/l.png\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.InvalidAsset));
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoMissing));
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.WrongValueType));
        Assert.Equal((3, 9), (finding.Span.Line, finding.Span.Column));
        Assert.EndsWith("logo:\n  type: blob.asset\n  data:\n    url: https://x/l.png", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logo:")]
    [InlineData("logo: null")]
    [InlineData("logo: ''")]
    public void An_empty_asset_is_an_error_at_its_slug(string line)
    {
        var diagnostics = TestProject.ValidateManifest($"type: sw.application\nassets:\n  {line}\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.InvalidAsset));
        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("asset 'logo' is empty", finding.Message, StringComparison.Ordinal);
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.WrongValueType));
    }

    [Fact]
    public void The_2020_list_of_assets_is_left_to_its_layout_rule() =>
        Assert.Empty(TestProject.ValidateManifest("type: sw.application\nassets:\n  - name: logo\n").WithCode(DiagnosticCodes.InvalidAsset));
}
