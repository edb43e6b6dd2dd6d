"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.analytics_collection_request import (
    AnalyticsCollectionRequestMessage,
)
from worker_backend_client.models.backend_logging_event import (
    BackendLoggingEventMessage,
)
from worker_backend_client.models.etsy_analytics_sync_completed import (
    EtsyAnalyticsSyncCompletedMessage,
)
from worker_backend_client.models.etsy_analytics_sync_request import (
    EtsyAnalyticsSyncRequestMessage,
)
from worker_backend_client.models.etsy_publish_listing_completed import (
    EtsyPublishListingCompletedMessage,
)
from worker_backend_client.models.etsy_publish_listing_request import (
    EtsyPublishListingRequestMessage,
)
from worker_backend_client.models.file_download_completed import (
    FileDownloadCompletedMessage,
)
from worker_backend_client.models.file_download_request import (
    FileDownloadRequestMessage,
)
from worker_backend_client.models.file_vectorize_completed import (
    FileVectorizeCompletedMessage,
)
from worker_backend_client.models.file_vectorize_request import (
    FileVectorizeRequestMessage,
)
from worker_backend_client.models.ip_check_completed import IpCheckCompletedMessage
from worker_backend_client.models.ip_check_request import IpCheckRequestMessage
from worker_backend_client.models.marketplace_analytics_sync_completed import (
    MarketplaceAnalyticsSyncCompletedMessage,
)
from worker_backend_client.models.marketplace_analytics_sync_request import (
    MarketplaceAnalyticsSyncRequestMessage,
)
from worker_backend_client.models.marketplace_connection_sync_completed import (
    MarketplaceConnectionSyncCompletedMessage,
)
from worker_backend_client.models.marketplace_connection_sync_request import (
    MarketplaceConnectionSyncRequestMessage,
)
from worker_backend_client.models.marketplace_credential_rotation_completed import (
    MarketplaceCredentialRotationCompletedMessage,
)
from worker_backend_client.models.marketplace_credential_rotation_request import (
    MarketplaceCredentialRotationRequestMessage,
)
from worker_backend_client.models.marketplace_intelligence_completed import (
    MarketplaceIntelligenceCompletedMessage,
)
from worker_backend_client.models.marketplace_intelligence_event import (
    MarketplaceIntelligenceEventMessage,
)
from worker_backend_client.models.marketplace_intelligence_request import (
    MarketplaceIntelligenceRequestMessage,
)
from worker_backend_client.models.marketplace_listing_description_generation_completed import (
    MarketplaceListingDescriptionGenerationCompletedMessage,
)
from worker_backend_client.models.marketplace_listing_description_generation_request import (
    MarketplaceListingDescriptionGenerationRequestMessage,
)
from worker_backend_client.models.marketplace_listing_sync_completed import (
    MarketplaceListingSyncCompletedMessage,
)
from worker_backend_client.models.marketplace_listing_sync_request import (
    MarketplaceListingSyncRequestMessage,
)
from worker_backend_client.models.marketplace_listing_tags_generation_completed import (
    MarketplaceListingTagsGenerationCompletedMessage,
)
from worker_backend_client.models.marketplace_listing_tags_generation_request import (
    MarketplaceListingTagsGenerationRequestMessage,
)
from worker_backend_client.models.marketplace_listing_title_generation_completed import (
    MarketplaceListingTitleGenerationCompletedMessage,
)
from worker_backend_client.models.marketplace_listing_title_generation_request import (
    MarketplaceListingTitleGenerationRequestMessage,
)
from worker_backend_client.models.marketplace_listing_update_completed import (
    MarketplaceListingUpdateCompletedMessage,
)
from worker_backend_client.models.marketplace_listing_update_request import (
    MarketplaceListingUpdateRequestMessage,
)
from worker_backend_client.models.marketplace_publish_listing_completed import (
    MarketplacePublishListingCompletedMessage,
)
from worker_backend_client.models.marketplace_publish_listing_request import (
    MarketplacePublishListingRequestMessage,
)
from worker_backend_client.models.media_batch_download_completed import (
    MediaBatchDownloadCompletedMessage,
)
from worker_backend_client.models.media_batch_download_request import (
    MediaBatchDownloadRequestMessage,
)
from worker_backend_client.models.metamodel_metadata_generation_completed import (
    MetamodelMetadataGenerationCompletedMessage,
)
from worker_backend_client.models.metamodel_metadata_generation_request import (
    MetamodelMetadataGenerationRequestMessage,
)
from worker_backend_client.models.model_analytics_collection_request import (
    ModelAnalyticsCollectionRequestMessage,
)
from worker_backend_client.models.model_discovery_folder_processed_event import (
    ModelDiscoveryFolderProcessedEventMessage,
)
from worker_backend_client.models.model_discovery_scan_found_event import (
    ModelDiscoveryScanFoundEventMessage,
)
from worker_backend_client.models.model_discovery_scan_progress_event import (
    ModelDiscoveryScanProgressEventMessage,
)
from worker_backend_client.models.model_discovery_scan_request import (
    ModelDiscoveryScanRequestMessage,
)
from worker_backend_client.models.model_finder_index_request import (
    ModelFinderIndexRequestMessage,
)
from worker_backend_client.models.model_finder_response import (
    ModelFinderResponseMessage,
)
from worker_backend_client.models.model_finder_search_request import (
    ModelFinderSearchRequestMessage,
)
from worker_backend_client.models.model_metadata_generation_completed import (
    ModelMetadataGenerationCompletedMessage,
)
from worker_backend_client.models.model_metadata_generation_request import (
    ModelMetadataGenerationRequestMessage,
)
from worker_backend_client.models.model_metamodel_detection_found import (
    ModelMetamodelDetectionFoundMessage,
)
from worker_backend_client.models.model_metamodel_detection_request import (
    ModelMetamodelDetectionRequestMessage,
)
from worker_backend_client.models.model_print_analysis_completed import (
    ModelPrintAnalysisCompletedMessage,
)
from worker_backend_client.models.model_print_analysis_request import (
    ModelPrintAnalysisRequestMessage,
)
from worker_backend_client.models.model_sellability_analysis_completed import (
    ModelSellabilityAnalysisCompletedMessage,
)
from worker_backend_client.models.model_sellability_analysis_request import (
    ModelSellabilityAnalysisRequestMessage,
)
from worker_backend_client.models.model_semantic_analysis_completed import (
    ModelSemanticAnalysisCompletedMessage,
)
from worker_backend_client.models.model_semantic_analysis_request import (
    ModelSemanticAnalysisRequestMessage,
)
from worker_backend_client.models.model_technical_metadata_completed import (
    ModelTechnicalMetadataCompletedMessage,
)
from worker_backend_client.models.model_technical_metadata_request import (
    ModelTechnicalMetadataRequestMessage,
)
from worker_backend_client.models.slicing_fdm_request import SlicingFdmRequestMessage
from worker_backend_client.models.slicing_fdm_result import SlicingFdmResultMessage
from worker_backend_client.models.slicing_simulation_request import (
    SlicingSimulationRequestMessage,
)
from worker_backend_client.models.slicing_simulation_result import (
    SlicingSimulationResultMessage,
)
from worker_backend_client.models.slicing_sla_request import SlicingSlaRequestMessage
from worker_backend_client.models.slicing_sla_result import SlicingSlaResultMessage
from worker_backend_client.models.thumbnail_generation_completed import (
    ThumbnailGenerationCompletedMessage,
)
from worker_backend_client.models.thumbnail_generation_request import (
    ThumbnailGenerationRequestMessage,
)
from worker_backend_client.models.user_engagement_event import (
    UserEngagementEventMessage,
)
from worker_backend_client.models.worker_analytics_event import (
    WorkerAnalyticsEventMessage,
)
from worker_backend_client.models.worker_metrics_enriched_event import (
    WorkerMetricsEnrichedEventMessage,
)

__all__ = [
    "AnalyticsCollectionRequestMessage",
    "BackendLoggingEventMessage",
    "EtsyAnalyticsSyncCompletedMessage",
    "EtsyAnalyticsSyncRequestMessage",
    "EtsyPublishListingCompletedMessage",
    "EtsyPublishListingRequestMessage",
    "FileDownloadCompletedMessage",
    "FileDownloadRequestMessage",
    "FileVectorizeCompletedMessage",
    "FileVectorizeRequestMessage",
    "IpCheckCompletedMessage",
    "IpCheckRequestMessage",
    "MarketplaceAnalyticsSyncCompletedMessage",
    "MarketplaceAnalyticsSyncRequestMessage",
    "MarketplaceConnectionSyncCompletedMessage",
    "MarketplaceConnectionSyncRequestMessage",
    "MarketplaceCredentialRotationCompletedMessage",
    "MarketplaceCredentialRotationRequestMessage",
    "MarketplaceIntelligenceCompletedMessage",
    "MarketplaceIntelligenceEventMessage",
    "MarketplaceIntelligenceRequestMessage",
    "MarketplaceListingDescriptionGenerationCompletedMessage",
    "MarketplaceListingDescriptionGenerationRequestMessage",
    "MarketplaceListingSyncCompletedMessage",
    "MarketplaceListingSyncRequestMessage",
    "MarketplaceListingTagsGenerationCompletedMessage",
    "MarketplaceListingTagsGenerationRequestMessage",
    "MarketplaceListingTitleGenerationCompletedMessage",
    "MarketplaceListingTitleGenerationRequestMessage",
    "MarketplaceListingUpdateCompletedMessage",
    "MarketplaceListingUpdateRequestMessage",
    "MarketplacePublishListingCompletedMessage",
    "MarketplacePublishListingRequestMessage",
    "MediaBatchDownloadCompletedMessage",
    "MediaBatchDownloadRequestMessage",
    "MetamodelMetadataGenerationCompletedMessage",
    "MetamodelMetadataGenerationRequestMessage",
    "ModelAnalyticsCollectionRequestMessage",
    "ModelDiscoveryFolderProcessedEventMessage",
    "ModelDiscoveryScanFoundEventMessage",
    "ModelDiscoveryScanProgressEventMessage",
    "ModelDiscoveryScanRequestMessage",
    "ModelFinderIndexRequestMessage",
    "ModelFinderResponseMessage",
    "ModelFinderSearchRequestMessage",
    "ModelMetadataGenerationCompletedMessage",
    "ModelMetadataGenerationRequestMessage",
    "ModelMetamodelDetectionFoundMessage",
    "ModelMetamodelDetectionRequestMessage",
    "ModelPrintAnalysisCompletedMessage",
    "ModelPrintAnalysisRequestMessage",
    "ModelSellabilityAnalysisCompletedMessage",
    "ModelSellabilityAnalysisRequestMessage",
    "ModelSemanticAnalysisCompletedMessage",
    "ModelSemanticAnalysisRequestMessage",
    "ModelTechnicalMetadataCompletedMessage",
    "ModelTechnicalMetadataRequestMessage",
    "SlicingFdmRequestMessage",
    "SlicingFdmResultMessage",
    "SlicingSimulationRequestMessage",
    "SlicingSimulationResultMessage",
    "SlicingSlaRequestMessage",
    "SlicingSlaResultMessage",
    "ThumbnailGenerationCompletedMessage",
    "ThumbnailGenerationRequestMessage",
    "UserEngagementEventMessage",
    "WorkerAnalyticsEventMessage",
    "WorkerMetricsEnrichedEventMessage",
]
