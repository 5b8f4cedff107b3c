using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class VariableRulesOnOddInputTests
{
    [Theory]
    [InlineData("'': x")]
    [InlineData("'_': x")]
    [InlineData("'😀KEY': '😀'")]
    [InlineData("'-': '<>'")]
    [InlineData("'BALENA_': x")]
    [InlineData("'RESIN_': ''")]
    [InlineData("aB1cD2eF3: 'xX'")]
    [InlineData("KEY: [1, 2]")]
    [InlineData("PASSWORD: {a: 1}")]
    public void Odd_names_and_values_never_crash_a_rule(string entry)
    {
        var env = TestProject.ValidateManifest(Manifests.WithEnvironment(entry));
        var config = TestProject.ValidateManifest(Manifests.WithConfig(entry));

        Assert.Empty(env.WithCode(DiagnosticCodes.InternalError));
        Assert.Empty(config.WithCode(DiagnosticCodes.InternalError));
    }
}
