using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class SecretsMustNotHaveLiteralDefaultsTests
{
    [Theory]
    [InlineData("MYSQL_ROOT_PASSWORD: topsecret", "topsecret", 28)]
    [InlineData("API_TOKEN: abc123", "abc123", 18)]
    [InlineData("apiKey: s3cr3t", "s3cr3t", 15)]
    [InlineData("PASSWORD: 1234", "1234", 17)]
    public void A_literal_credential_is_a_warning_at_the_value_that_names_it(string entry, string value, int column)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment(entry));

        var secret = Assert.Single(diagnostics.WithCode(DiagnosticCodes.SharedSecretDefault));
        Assert.Equal(DiagnosticSeverity.Warning, secret.Severity);
        Assert.Equal((5, column), (secret.Span.Line, secret.Span.Column));
        Assert.Contains($"'{value}'", secret.Message, StringComparison.Ordinal);
        Assert.Contains("every device", secret.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -hex 16", secret.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MYSQL_ROOT_PASSWORD: ''")]
    [InlineData("MYSQL_ROOT_PASSWORD:")]
    [InlineData("PASSWORD_AUTH: false")]
    [InlineData("TOKEN_TTL: 3600")]
    [InlineData("API_KEY_FILE: /run/secrets/api_key")]
    [InlineData("PUBLIC_KEY: ssh-ed25519 AAAA")]
    [InlineData("KEYBOARD_LAYOUT: us")]
    [InlineData("PASSWORD: none")]
    [InlineData("PASSWORD: random")]
    [InlineData("USERNAME: admin")]
    [InlineData("PWD: /data")]
    public void Settings_that_are_not_literal_credentials_pass(string entry)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment(entry));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.SharedSecretDefault));
    }

    [Fact]
    public void A_placeholder_is_reported_as_a_placeholder_only()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("API_TOKEN: '<your token>'"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.SharedSecretDefault));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.PlaceholderDefault));
    }
}
