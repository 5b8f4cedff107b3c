using FleetCatalog.Devices;
using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Validation;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

/// <summary>
/// Every works-by-default finding over the 75 real projects, each checked by hand against the files:
/// a change in the detectors that adds or loses one shows up here.
/// </summary>
public sealed class VariableRulesOnCorpusTests
{
    private static readonly (string Project, string File, int Line, string Code)[] Expected =
    [
        ("AllWize__balena-legacy-packet-forwarder", "balena.yml", 8, "CAT401"),
        ("CalamityJames__train-departure-display", "balena.yml", 62, "CAT401"),
        ("CalamityJames__train-departure-display", "balena.yml", 67, "CAT400"),
        ("CalamityJames__train-departure-display", "balena.yml", 69, "CAT400"),
        ("CalamityJames__train-departure-display", "balena.yml", 70, "CAT400"),
        ("Dhamma-Sobhana__gong", "balena.yml", 12, "CAT400"),
        ("Dhamma-Sobhana__gong", "balena.yml", 13, "CAT400"),
        ("Dhamma-Sobhana__gong", "balena.yml", 16, "CAT400"),
        ("Dhamma-Sobhana__gong", "balena.yml", 17, "CAT400"),
        ("Ducktatorrr__uptime-goat-node", "docker-compose.yml", 7, "CAT402"),
        ("Ducktatorrr__uptime-goat-node", "docker-compose.yml", 8, "CAT402"),
        ("Ducktatorrr__uptime-goat-node", "docker-compose.yml", 9, "CAT402"),
        ("InfluxCommunity__balenair", "balena.yml", 29, "CAT401"),
        ("InfluxCommunity__balenair", "balena.yml", 30, "CAT401"),
        ("InfluxCommunity__balenair", "balena.yml", 31, "CAT401"),
        ("InfluxCommunity__balenair", "balena.yml", 32, "CAT401"),
        ("InfluxCommunity__balenair", "balena.yml", 33, "CAT401"),
        ("InfluxCommunity__balenair", "balena.yml", 36, "CAT403"),
        ("Klubas__yeelight-hub-balena", "balena.yml", 17, "CAT403"),
        ("Klubas__yeelight-hub-balena", "balena.yml", 18, "CAT403"),
        ("SamEureka__balenaCodeServer", "balena.yml", 31, "CAT403"),
        ("SamEureka__balenaCodeServer", "balena.yml", 32, "CAT403"),
        ("balena-io-experimental__opendatacam", "balena.yml", 16, "CAT401"),
        ("balena-labs-projects__balena-node-red", "balena.yml", 20, "CAT403"),
        ("balena-labs-projects__balena-node-red", "balena.yml", 21, "CAT403"),
        ("chrisys__train-departure-display", "balena.yml", 83, "CAT401"),
        ("chrisys__train-departure-display", "balena.yml", 88, "CAT400"),
        ("chrisys__train-departure-display", "balena.yml", 90, "CAT400"),
        ("chrisys__train-departure-display", "balena.yml", 91, "CAT400"),
        ("kerberos-io__balena-agent", "balena.yml", 21, "CAT403"),
        ("klutchell__balena-zoneminder", "balena.yml", 12, "CAT403"),
        ("xoseperez__standalone-lorawan-gateway-balena", "balena.yml", 20, "CAT400"),
    ];

    [SharedDataFact]
    public void The_corpus_gives_exactly_the_findings_checked_by_hand()
    {
        var validator = new ManifestValidator(DeviceRegistry.Default);
        var actual = Directory.GetDirectories(TestPaths.Corpus)
            .OrderBy(d => d, StringComparer.Ordinal)
            .SelectMany(dir => validator.Validate(ProjectLoader.FromDirectory(dir)).Diagnostics
                .Where(d => d.Code.StartsWith("CAT4", StringComparison.Ordinal))
                .Select(d => (Project: Path.GetFileName(dir), File: Path.GetFileName(d.File), d.Span.Line, d.Code)))
            .ToList();

        Assert.Equal(Expected.Order(), actual.Order());
    }
}
