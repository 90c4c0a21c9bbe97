using System.Reflection;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Serialization;

namespace Leads.Sdk.Aimbase.OData.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Package = typeof(AimbaseODataClient).Assembly;

    [Fact]
    public void PublicAsyncMethods_TakeOptionalCancellationTokenLast()
    {
        var offenders = Package.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Where(m => m.GetParameters() is not [.., { ParameterType: var type, HasDefaultValue: true }] || type != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void ResponseModels_AreInTheJsonContext()
    {
        var models = Package.GetExportedTypes().Where(t => t.Namespace == typeof(AimbaseODataLead).Namespace && t.IsClass && !t.IsAbstract && t != typeof(AimbaseODataLeadPatch) && t != typeof(AimbaseODataCountLeadsResult));

        Assert.All(models, model => Assert.NotNull(AimbaseODataJsonContext.Default.GetTypeInfo(model)));
    }

    [Fact]
    public void ResponseModels_KeepWhatTheyDoNotKnowInAdditionalFields()
    {
        var models = Package.GetExportedTypes()
            .Where(t => t.Namespace == typeof(AimbaseODataLead).Namespace && t.IsClass && !t.IsAbstract && t != typeof(AimbaseODataLeadPatch) && t != typeof(AimbaseODataCountLeadsResult))
            .ToList();

        Assert.Equal(7, models.Count);
        Assert.All(models, model => Assert.True(model.IsSubclassOf(typeof(AimbaseODataEntity)), model.Name));
    }

    [Fact]
    public void LeadPatch_ExposesOnlyTheEditableFields()
    {
        string[] editable =
        [
            "LeadDate", "Event", "Medium", "FollowUpStatusCode", "PurchaseStatusCode", "LeadTypeCode", "LeadCategoryCode",
            "LeadSourceCode", "LeadCampaignCode", "LeadStatusCode", "ConditionCode", "Customs", "Metadata",
        ];

        var settable = typeof(AimbaseODataLeadPatch).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);

        Assert.Equal(editable.Order(), settable.Order());
    }

    [Fact]
    public void ResponseModels_HaveNoPublicSetterExceptInit()
    {
        var mutable = Package.GetExportedTypes()
            .Where(t => t.Namespace == typeof(AimbaseODataLead).Namespace && t.IsClass && t != typeof(AimbaseODataLeadPatch))
            .SelectMany(t => t.GetProperties())
            .Where(p => p.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(mutable);
    }
}
