using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Tests.Yaml;

public sealed class YamlScalarResolverTests
{
    [Theory]
    [InlineData("75", "Integer", "75")]
    [InlineData("0x4444", "Integer", "17476")]
    [InlineData("0o17", "Integer", "15")]
    [InlineData("1e3", "Float", "1000")]
    [InlineData("1.0", "Float", "1")]
    [InlineData("0.5", "Float", "0.5")]
    [InlineData("12345678901234567", "Integer", "12345678901234568")]
    [InlineData("True", "Boolean", "true")]
    [InlineData("FALSE", "Boolean", "false")]
    [InlineData("yes", "String", "yes")]
    [InlineData("~", "Null", null)]
    [InlineData("", "Null", null)]
    [InlineData("raspberrypi3", "String", "raspberrypi3")]
    [InlineData(".inf", "Float", "Infinity")]
    public void Plain_scalars_resolve_as_js_yaml_and_JavaScript_strings_do(string text, string kind, string? expected)
    {
        var resolved = new YamlScalar(text, YamlScalarStyle.Plain, null, SourceSpan.None).Resolve();

        Assert.Equal(Enum.Parse<ScalarKind>(kind), resolved.Kind);
        Assert.Equal(expected, resolved.Text);
    }

    [Theory]
    [InlineData("SingleQuoted", null)]
    [InlineData("Plain", "tag:yaml.org,2002:str")]
    public void Quoted_or_tagged_scalars_stay_text(string style, string? tag)
    {
        var resolved = new YamlScalar("0x4444", Enum.Parse<YamlScalarStyle>(style), tag, SourceSpan.None).Resolve();

        Assert.Equal(new ResolvedScalar(ScalarKind.String, "0x4444"), resolved);
    }

    [Theory]
    [InlineData(1152921504606846976d, "1152921504606847000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(123.456, "123.456")]
    public void Numbers_print_as_JavaScript_prints_them(double value, string expected) =>
        Assert.Equal(expected, YamlScalarResolver.FormatDouble(value));
}
