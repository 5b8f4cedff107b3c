using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class TypeMustBeApplicationOrBlockTests
{
    [Theory]
    [InlineData("sw.application")]
    [InlineData("sw.block")]
    public void Allowed_types_pass(string type)
    {
        var diagnostics = TestProject.ValidateManifest($"name: x\ntype: {type}\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.TypeMissing));
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.TypeInvalid));
    }

    [Fact]
    public void Missing_type_is_an_error()
    {
        var diagnostics = TestProject.ValidateManifest("name: x\n");

        var missing = Assert.Single(diagnostics.WithCode(DiagnosticCodes.TypeMissing));
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
        Assert.Equal((1, 1), (missing.Span.Line, missing.Span.Column));
    }

    [Theory]
    [InlineData("sw.app", "sw.application")]
    [InlineData("application", "sw.application")]
    [InlineData("block", "sw.block")]
    public void Other_types_are_errors_that_name_the_value_and_the_likely_type(string type, string meant)
    {
        var diagnostics = TestProject.ValidateManifest($"name: x\ntype: {type}\n");

        var invalid = Assert.Single(diagnostics.WithCode(DiagnosticCodes.TypeInvalid));
        Assert.Equal((2, 7), (invalid.Span.Line, invalid.Span.Column));
        Assert.Contains($"'{type}'", invalid.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{meant}'", invalid.Message, StringComparison.Ordinal);
    }
}
