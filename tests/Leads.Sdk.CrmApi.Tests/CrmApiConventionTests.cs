using System.Reflection;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Tests;

public sealed class CrmApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(CrmApiClient).Assembly.GetExportedTypes();

    [Fact]
    public void PublicAsyncMethods_TakeCancellationTokenLast()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
            .Where(m => m.GetParameters() is not [.., { ParameterType: var last }] || last != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicModels_HaveSourceGeneratedMetadata()
    {
        var models = PublicTypes.Where(t => t.Namespace == typeof(CrmCreateLeadResult).Namespace && t.IsClass && !t.IsAbstract && t != typeof(CrmCreateLeadRequestBuilder));

        Assert.All(models, model => Assert.NotNull(CrmApiJsonContext.Default.GetTypeInfo(model)));
    }
}
