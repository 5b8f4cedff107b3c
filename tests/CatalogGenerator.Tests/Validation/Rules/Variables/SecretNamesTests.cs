using FleetCatalog.Validation.Rules.Variables;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class SecretNamesTests
{
    [Theory]
    [InlineData("PASSWORD")]
    [InlineData("MYSQL_ROOT_PASSWORD")]
    [InlineData("DB_PASSWD")]
    [InlineData("YC_PWD")]
    [InlineData("ZM_DB_PASS")]
    [InlineData("PORTAL_PASSPHRASE")]
    [InlineData("CLIENT_SECRET")]
    [InlineData("INFLUX_TOKEN")]
    [InlineData("API_KEY")]
    [InlineData("APIKEY")]
    [InlineData("apiKey")]
    [InlineData("TS_AUTHKEY")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("PRIVATE_KEY")]
    [InlineData("ENCRIPTION_KEY")]
    [InlineData("WIFI_PSK")]
    [InlineData("SECRET_KEY_BASE")]
    [InlineData("SUDO_PASSWORD_HASH")]
    public void Credential_names_are_recognised(string name) =>
        Assert.True(SecretNames.IsSecretName(name), name);

    [Theory]
    [InlineData("USERNAME")]
    [InlineData("PWD")]
    [InlineData("PASS_THROUGH")]
    [InlineData("BYPASS_PROXY")]
    [InlineData("TOKEN_TTL")]
    [InlineData("PASSWORD_AUTH")]
    [InlineData("PASSWORD_MIN_LENGTH")]
    [InlineData("API_KEY_FILE")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("SECRET_NAME")]
    [InlineData("KEY")]
    [InlineData("PUBLIC_KEY")]
    [InlineData("SSH_KEY")]
    [InlineData("SORT_KEY")]
    [InlineData("KEYBOARD_LAYOUT")]
    [InlineData("HOTKEY")]
    [InlineData("MONKEY_MODE")]
    public void Other_names_are_not_credentials(string name) =>
        Assert.False(SecretNames.IsSecretName(name), name);
}
