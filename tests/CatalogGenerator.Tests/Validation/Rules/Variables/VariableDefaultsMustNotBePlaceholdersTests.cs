using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class VariableDefaultsMustNotBePlaceholdersTests
{
    [Theory]
    [InlineData("apiKey: UPDATE_ME", "UPDATE_ME", 15)]
    [InlineData("TOKEN: '<INSERT IF REQ>'", "<INSERT IF REQ>", 14)]
    [InlineData("API_KEY: YOUR_API_KEY", "YOUR_API_KEY", 16)]
    [InlineData("EMAIL: yourname@yourdomain.com", "yourname@yourdomain.com", 14)]
    public void A_placeholder_default_is_an_error_at_the_value_that_names_it(string entry, string value, int column)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment(entry));

        var placeholder = Assert.Single(diagnostics.WithCode(DiagnosticCodes.PlaceholderDefault));
        Assert.Equal(DiagnosticSeverity.Error, placeholder.Severity);
        Assert.Equal((5, column), (placeholder.Span.Line, placeholder.Span.Column));
        Assert.Contains($"'{value}'", placeholder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_variables_are_checked_too()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithConfig("BALENA_HOST_CONFIG_dtoverlay: CHANGEME"));

        Assert.Single(diagnostics.WithCode(DiagnosticCodes.PlaceholderDefault));
    }

    [Theory]
    [InlineData("API_KEY: ''")]
    [InlineData("API_KEY:")]
    [InlineData("TZ: America/Toronto")]
    [InlineData("FLEET_NAME: Your Fleet")]
    public void Real_values_and_missing_values_pass(string entry)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment(entry));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.PlaceholderDefault));
    }
}
