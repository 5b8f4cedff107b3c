using FleetCatalog.Validation.Rules.Structure;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class SemverTests
{
    [Theory]
    [InlineData("1.0.0")]
    [InlineData("0.0.0")]
    [InlineData("10.20.30")]
    [InlineData("1.2.3-alpha.1")]
    [InlineData("1.2.3-0.3.7")]
    [InlineData("1.2.3-x-y-z.--")]
    [InlineData("1.2.3+build.5")]
    [InlineData("1.2.3-rc.1+sha.5114f85")]
    [InlineData(" 1.2.3 ")]
    public void Versions_node_semver_accepts_are_valid(string version) =>
        Assert.Equal(SemverCheck.Valid, Semver.Check(version));

    [Theory]
    [InlineData("2")]
    [InlineData("1.0")]
    [InlineData("1.3.01")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0.4")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3+")]
    [InlineData("=1.2.3")]
    [InlineData("V1.2.3")]
    [InlineData("latest")]
    [InlineData("")]
    [InlineData("1.2.3 x")]
    [InlineData("9007199254740992.0.0")]
    public void Versions_node_semver_refuses_are_invalid(string version) =>
        Assert.Equal(SemverCheck.Invalid, Semver.Check(version));

    [Fact]
    public void A_leading_v_is_tolerated_but_told_apart() =>
        Assert.Equal(SemverCheck.ValidWithLeadingV, Semver.Check("v1.2.3"));

    [Fact]
    public void Versions_longer_than_256_characters_are_invalid() =>
        Assert.Equal(SemverCheck.Invalid, Semver.Check("1.0.0-" + new string('a', 251)));

    [Theory]
    [InlineData("2", "2.0.0")]
    [InlineData("1.0", "1.0.0")]
    [InlineData("1.3.01", "1.3.1")]
    [InlineData("v1.2.3", "1.2.3")]
    [InlineData("2021.11.05", "2021.11.5")]
    [InlineData("1.0.0.4", "1.0.0")]
    [InlineData("1.0beta", "1.0.0-beta")]
    [InlineData("1.2.3_rc1", "1.2.3-rc1")]
    [InlineData("1.2.3-rc.01", "1.2.3")]
    public void The_nearest_valid_version_is_suggested(string version, string expected) =>
        Assert.Equal(expected, Semver.Suggest(version));

    [Theory]
    [InlineData("latest")]
    [InlineData("true")]
    [InlineData("99999999999999999999.0.0")]
    public void Text_that_is_no_version_gets_no_suggestion(string version) =>
        Assert.Null(Semver.Suggest(version));
}
