using FleetCatalog.Projects.Dockerfiles;

namespace FleetCatalog.Tests.Projects.Dockerfiles;

public sealed class DockerfileVariablesTests
{
    private static readonly Dictionary<string, string?> Arguments = new(StringComparer.Ordinal)
    {
        ["ARCH"] = "amd64",
        ["EMPTY"] = string.Empty,
        ["OPEN"] = null,
    };

    [Theory]
    [InlineData("$ARCH/node", "amd64/node")]
    [InlineData("${ARCH}/node:${UNDECLARED}20", "amd64/node:20")]
    [InlineData("node:${UNDECLARED:-18}", "node:18")]
    [InlineData("node:${EMPTY:-18}", "node:18")]
    [InlineData("node:${EMPTY-18}", "node:")]
    [InlineData("node${ARCH:+-x}", "node-x")]
    [InlineData("plain", "plain")]
    public void Expands_from_defaults(string text, string expected)
    {
        Assert.Equal(expected, DockerfileVariables.Expand(text, Arguments));
    }

    [Theory]
    [InlineData("${OPEN}/node")]
    [InlineData("node:${OPEN:-20}")]
    public void An_argument_without_default_makes_the_text_unknown(string text)
    {
        Assert.Null(DockerfileVariables.Expand(text, Arguments));
    }

    [Fact]
    public void Lists_the_names_referred_to()
    {
        Assert.Equal(["BALENA_ARCH", "TAG"], DockerfileVariables.References("balenalib/${BALENA_ARCH}-debian:$TAG"));
    }
}
