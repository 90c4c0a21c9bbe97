using System.Reflection;

namespace Leads.Sdk.IntegrationTests.Conventions;

/// <summary>Rules every package's public surface follows, checked by reflection so a new member cannot forget them.</summary>
public sealed class PublicApiConventionTests
{
    public static TheoryData<string> PackageAssemblies => new(PackageTypes.Assemblies.Select(a => a.GetName().Name!));

    [Theory]
    [MemberData(nameof(PackageAssemblies))]
    public void PublicAsyncMethods_AnyPackage_TakeCancellationTokenLast(string assemblyName)
    {
        var asyncMethods = PackageTypes.Public(assemblyName)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && IsAsync(m.ReturnType) && !IsFrameworkOverride(m))
            .ToList();
        var offenders = asyncMethods
            .Where(m => m.GetParameters() is var p && (p.Length == 0 || p[^1].ParameterType != typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        // Every package has public async methods; none found means the scan looked at nothing.
        Assert.NotEmpty(asyncMethods);
        Assert.True(offenders.Count == 0, "Async methods without a trailing CancellationToken: " + string.Join(", ", offenders));
    }

    // One row per package with client options (Core's base is abstract; the emulator has none): each names its type.
    [Theory]
    [InlineData("Leads.Sdk.Aimbase", "Leads.Sdk.Aimbase.AimbaseOptions")]
    [InlineData("Leads.Sdk.Aimbase.OData", "Leads.Sdk.Aimbase.OData.AimbaseODataOptions")]
    [InlineData("Leads.Sdk.LeadExec", "Leads.Sdk.LeadExec.LeadExecClientOptions")]
    [InlineData("Leads.Sdk.CrmApi", "Leads.Sdk.CrmApi.CrmApiOptions")]
    public void OptionsToString_SecretsSet_NeverPrintsThem(string assemblyName, string optionsTypeName)
    {
        var optionsTypes = PackageTypes.Public(assemblyName)
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

    private static bool IsAsync(Type type)
        => type == typeof(Task) || type == typeof(ValueTask)
           || (type.IsGenericType && type.GetGenericTypeDefinition() is var d
               && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>)));

    // DelegatingHandler.SendAsync and IAsyncDisposable.DisposeAsync have framework-fixed signatures; AsPages follows
    // Azure's AsyncPageable: its pages honour the token of the call that created the pageable and WithCancellation.
    private static bool IsFrameworkOverride(MethodInfo method)
        => method.Name is "DisposeAsync" or "AsPages" || (method.GetBaseDefinition().DeclaringType is { } declaring && declaring.Assembly != method.DeclaringType!.Assembly);

    private static class PackageTypes
    {
        public static readonly Assembly[] Assemblies =
        [
            typeof(LeadsClientOptions).Assembly,
            typeof(Leads.Sdk.Emulator.LeadsEmulator).Assembly,
            .. new[] { "Leads.Sdk.Aimbase", "Leads.Sdk.Aimbase.OData", "Leads.Sdk.LeadExec", "Leads.Sdk.CrmApi" }.Select(Assembly.Load),
        ];

        public static Type[] Public(string assemblyName)
            => Assemblies.Single(a => a.GetName().Name == assemblyName).GetExportedTypes();
    }
}
