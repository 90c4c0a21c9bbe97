namespace Leads.Sdk.IntegrationTests.Conventions;

/// <summary>Rules every package's public surface follows, checked by reflection so a new member cannot forget them.</summary>
public sealed class PublicApiConventionTests
{
    // One row per package with client options (Core's base is abstract; the emulator has none): each names its type.
    [Theory]
    [InlineData("Leads.Sdk.Aimbase", "Leads.Sdk.Aimbase.AimbaseClientOptions")]
    [InlineData("Leads.Sdk.Aimbase.OData", "Leads.Sdk.Aimbase.OData.AimbaseODataClientOptions")]
    [InlineData("Leads.Sdk.LeadExec", "Leads.Sdk.LeadExec.LeadExecClientOptions")]
    [InlineData("Leads.Sdk.CrmApi", "Leads.Sdk.CrmApi.CrmApiClientOptions")]
    public void OptionsToString_SecretsSet_NeverPrintsThem(string assemblyName, string optionsTypeName)
    {
        var optionsTypes = PackageSurface.Public(assemblyName)
            .Where(t => typeof(LeadsClientOptions).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();

        Assert.Equal([optionsTypeName], optionsTypes.Select(t => t.FullName));
        foreach (var type in optionsTypes)
        {
            var options = (LeadsClientOptions)Activator.CreateInstance(type)!;
            var secrets = new List<string>();
            foreach (var property in type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite && IsSecretName(p.Name)))
            {
                var secret = "s3cr3t-" + Guid.NewGuid().ToString("N");
                property.SetValue(options, secret);
                secrets.Add(secret);
            }

            Assert.NotEmpty(secrets);
            var text = options.ToString();
            Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
            Assert.All(secrets, s => Assert.Contains(s, options.GetSecrets()));
        }
    }

    private static bool IsSecretName(string name)
        => name.Contains("Password", StringComparison.OrdinalIgnoreCase)
           || name.Contains("Token", StringComparison.OrdinalIgnoreCase)
           || name.Contains("ApiKey", StringComparison.OrdinalIgnoreCase)
           || name.Contains("Secret", StringComparison.OrdinalIgnoreCase);
}
