using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>Source-generated JSON metadata; reads tolerantly (any casing, numbers as strings, trailing commas as in the doc's examples).</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TolerantBooleanConverter), typeof(TolerantDateTimeOffsetConverter), typeof(CustomFieldsConverter)])]
[JsonSerializable(typeof(AimbaseODataLead))]
[JsonSerializable(typeof(AimbaseODataProspect))]
[JsonSerializable(typeof(AimbaseODataCompany))]
[JsonSerializable(typeof(AimbaseODataDealer))]
[JsonSerializable(typeof(AimbaseODataProduct))]
[JsonSerializable(typeof(AimbaseODataBrand))]
[JsonSerializable(typeof(AimbaseODataProductCategory))]
[JsonSerializable(typeof(ODataCollectionResponse<AimbaseODataLead>))]
[JsonSerializable(typeof(ODataCountResponse))]
[JsonSerializable(typeof(ODataErrorResponse))]
internal sealed partial class AimbaseODataJsonContext : JsonSerializerContext;
