"""The message types of the contract and the payload model of each."""

from __future__ import annotations

from enum import Enum

from worker_backend_client._payload import Payload
from worker_backend_client.models import (
    AnalyticsCollectionRequestMessage,
    BackendLoggingEventMessage,
    EtsyAnalyticsSyncCompletedMessage,
    EtsyAnalyticsSyncRequestMessage,
    EtsyPublishListingCompletedMessage,
    EtsyPublishListingRequestMessage,
    FileDownloadCompletedMessage,
    FileDownloadRequestMessage,
    FileVectorizeCompletedMessage,
    FileVectorizeRequestMessage,
    IpCheckCompletedMessage,
    IpCheckRequestMessage,
    MarketplaceAnalyticsSyncCompletedMessage,
    MarketplaceAnalyticsSyncRequestMessage,
    MarketplaceConnectionSyncCompletedMessage,
    MarketplaceConnectionSyncRequestMessage,
    MarketplaceCredentialRotationCompletedMessage,
    MarketplaceCredentialRotationRequestMessage,
    MarketplaceIntelligenceCompletedMessage,
    MarketplaceIntelligenceEventMessage,
    MarketplaceIntelligenceRequestMessage,
    MarketplaceListingDescriptionGenerationCompletedMessage,
    MarketplaceListingDescriptionGenerationRequestMessage,
    MarketplaceListingSyncCompletedMessage,
    MarketplaceListingSyncRequestMessage,
    MarketplaceListingTagsGenerationCompletedMessage,
    MarketplaceListingTagsGenerationRequestMessage,
    MarketplaceListingTitleGenerationCompletedMessage,
    MarketplaceListingTitleGenerationRequestMessage,
    MarketplaceListingUpdateCompletedMessage,
    MarketplaceListingUpdateRequestMessage,
    MarketplacePublishListingCompletedMessage,
    MarketplacePublishListingRequestMessage,
    MediaBatchDownloadCompletedMessage,
    MediaBatchDownloadRequestMessage,
    MetamodelMetadataGenerationCompletedMessage,
    MetamodelMetadataGenerationRequestMessage,
    ModelAnalyticsCollectionRequestMessage,
    ModelDiscoveryFolderProcessedEventMessage,
    ModelDiscoveryScanFoundEventMessage,
    ModelDiscoveryScanProgressEventMessage,
    ModelDiscoveryScanRequestMessage,
    ModelFinderIndexRequestMessage,
    ModelFinderResponseMessage,
    ModelFinderSearchRequestMessage,
    ModelMetadataGenerationCompletedMessage,
    ModelMetadataGenerationRequestMessage,
    ModelMetamodelDetectionFoundMessage,
    ModelMetamodelDetectionRequestMessage,
    ModelPrintAnalysisCompletedMessage,
    ModelPrintAnalysisRequestMessage,
    ModelSellabilityAnalysisCompletedMessage,
    ModelSellabilityAnalysisRequestMessage,
    ModelSemanticAnalysisCompletedMessage,
    ModelSemanticAnalysisRequestMessage,
    ModelTechnicalMetadataCompletedMessage,
    ModelTechnicalMetadataRequestMessage,
    SlicingFdmRequestMessage,
    SlicingFdmResultMessage,
    SlicingSimulationRequestMessage,
    SlicingSimulationResultMessage,
    SlicingSlaRequestMessage,
    SlicingSlaResultMessage,
    ThumbnailGenerationCompletedMessage,
    ThumbnailGenerationRequestMessage,
    UserEngagementEventMessage,
    WorkerAnalyticsEventMessage,
    WorkerMetricsEnrichedEventMessage,
)


class MessageType(str, Enum):
    """One member per message type; the value is the type's wire name."""

    ANALYTICS_COLLECTION_REQUEST = "analytics-collection-request"
    BACKEND_LOGGING_EVENT = "backend-logging-event"
    ETSY_ANALYTICS_SYNC_COMPLETED = "etsy-analytics-sync-completed"
    ETSY_ANALYTICS_SYNC_REQUEST = "etsy-analytics-sync-request"
    ETSY_PUBLISH_LISTING_COMPLETED = "etsy-publish-listing-completed"
    ETSY_PUBLISH_LISTING_REQUEST = "etsy-publish-listing-request"
    FILE_DOWNLOAD_COMPLETED = "file-download-completed"
    FILE_DOWNLOAD_REQUEST = "file-download-request"
    FILE_VECTORIZE_COMPLETED = "file-vectorize-completed"
    FILE_VECTORIZE_REQUEST = "file-vectorize-request"
    IP_CHECK_COMPLETED = "ip-check-completed"
    IP_CHECK_REQUEST = "ip-check-request"
    MARKETPLACE_ANALYTICS_SYNC_COMPLETED = "marketplace-analytics-sync-completed"
    MARKETPLACE_ANALYTICS_SYNC_REQUEST = "marketplace-analytics-sync-request"
    MARKETPLACE_CONNECTION_SYNC_COMPLETED = "marketplace-connection-sync-completed"
    MARKETPLACE_CONNECTION_SYNC_REQUEST = "marketplace-connection-sync-request"
    MARKETPLACE_CREDENTIAL_ROTATION_COMPLETED = (
        "marketplace-credential-rotation-completed"
    )
    MARKETPLACE_CREDENTIAL_ROTATION_REQUEST = "marketplace-credential-rotation-request"
    MARKETPLACE_INTELLIGENCE_COMPLETED = "marketplace-intelligence-completed"
    MARKETPLACE_INTELLIGENCE_EVENT = "marketplace-intelligence-event"
    MARKETPLACE_INTELLIGENCE_REQUEST = "marketplace-intelligence-request"
    MARKETPLACE_LISTING_DESCRIPTION_GENERATION_COMPLETED = (
        "marketplace-listing-description-generation-completed"
    )
    MARKETPLACE_LISTING_DESCRIPTION_GENERATION_REQUEST = (
        "marketplace-listing-description-generation-request"
    )
    MARKETPLACE_LISTING_SYNC_COMPLETED = "marketplace-listing-sync-completed"
    MARKETPLACE_LISTING_SYNC_REQUEST = "marketplace-listing-sync-request"
    MARKETPLACE_LISTING_TAGS_GENERATION_COMPLETED = (
        "marketplace-listing-tags-generation-completed"
    )
    MARKETPLACE_LISTING_TAGS_GENERATION_REQUEST = (
        "marketplace-listing-tags-generation-request"
    )
    MARKETPLACE_LISTING_TITLE_GENERATION_COMPLETED = (
        "marketplace-listing-title-generation-completed"
    )
    MARKETPLACE_LISTING_TITLE_GENERATION_REQUEST = (
        "marketplace-listing-title-generation-request"
    )
    MARKETPLACE_LISTING_UPDATE_COMPLETED = "marketplace-listing-update-completed"
    MARKETPLACE_LISTING_UPDATE_REQUEST = "marketplace-listing-update-request"
    MARKETPLACE_PUBLISH_LISTING_COMPLETED = "marketplace-publish-listing-completed"
    MARKETPLACE_PUBLISH_LISTING_REQUEST = "marketplace-publish-listing-request"
    MEDIA_BATCH_DOWNLOAD_COMPLETED = "media-batch-download-completed"
    MEDIA_BATCH_DOWNLOAD_REQUEST = "media-batch-download-request"
    METAMODEL_METADATA_GENERATION_COMPLETED = "metamodel-metadata-generation-completed"
    METAMODEL_METADATA_GENERATION_REQUEST = "metamodel-metadata-generation-request"
    MODEL_ANALYTICS_COLLECTION_REQUEST = "model-analytics-collection-request"
    MODEL_DISCOVERY_FOLDER_PROCESSED_EVENT = "model-discovery-folder-processed-event"
    MODEL_DISCOVERY_SCAN_FOUND_EVENT = "model-discovery-scan-found-event"
    MODEL_DISCOVERY_SCAN_PROGRESS_EVENT = "model-discovery-scan-progress-event"
    MODEL_DISCOVERY_SCAN_REQUEST = "model-discovery-scan-request"
    MODEL_FINDER_INDEX_REQUEST = "model-finder-index-request"
    MODEL_FINDER_RESPONSE = "model-finder-response"
    MODEL_FINDER_SEARCH_REQUEST = "model-finder-search-request"
    MODEL_METADATA_GENERATION_COMPLETED = "model-metadata-generation-completed"
    MODEL_METADATA_GENERATION_REQUEST = "model-metadata-generation-request"
    MODEL_METAMODEL_DETECTION_FOUND = "model-metamodel-detection-found"
    MODEL_METAMODEL_DETECTION_REQUEST = "model-metamodel-detection-request"
    MODEL_PRINT_ANALYSIS_COMPLETED = "model-print-analysis-completed"
    MODEL_PRINT_ANALYSIS_REQUEST = "model-print-analysis-request"
    MODEL_SELLABILITY_ANALYSIS_COMPLETED = "model-sellability-analysis-completed"
    MODEL_SELLABILITY_ANALYSIS_REQUEST = "model-sellability-analysis-request"
    MODEL_SEMANTIC_ANALYSIS_COMPLETED = "model-semantic-analysis-completed"
    MODEL_SEMANTIC_ANALYSIS_REQUEST = "model-semantic-analysis-request"
    MODEL_TECHNICAL_METADATA_COMPLETED = "model-technical-metadata-completed"
    MODEL_TECHNICAL_METADATA_REQUEST = "model-technical-metadata-request"
    SLICING_FDM_REQUEST = "slicing-fdm-request"
    SLICING_FDM_RESULT = "slicing-fdm-result"
    SLICING_SIMULATION_REQUEST = "slicing-simulation-request"
    SLICING_SIMULATION_RESULT = "slicing-simulation-result"
    SLICING_SLA_REQUEST = "slicing-sla-request"
    SLICING_SLA_RESULT = "slicing-sla-result"
    THUMBNAIL_GENERATION_COMPLETED = "thumbnail-generation-completed"
    THUMBNAIL_GENERATION_REQUEST = "thumbnail-generation-request"
    USER_ENGAGEMENT_EVENT = "user-engagement-event"
    WORKER_ANALYTICS_EVENT = "worker-analytics-event"
    WORKER_METRICS_ENRICHED_EVENT = "worker-metrics-enriched-event"

    def __str__(self) -> str:
        return self.value


PAYLOAD_MODELS: dict[MessageType, type[Payload]] = {
    MessageType.ANALYTICS_COLLECTION_REQUEST: AnalyticsCollectionRequestMessage,
    MessageType.BACKEND_LOGGING_EVENT: BackendLoggingEventMessage,
    MessageType.ETSY_ANALYTICS_SYNC_COMPLETED: EtsyAnalyticsSyncCompletedMessage,
    MessageType.ETSY_ANALYTICS_SYNC_REQUEST: EtsyAnalyticsSyncRequestMessage,
    MessageType.ETSY_PUBLISH_LISTING_COMPLETED: EtsyPublishListingCompletedMessage,
    MessageType.ETSY_PUBLISH_LISTING_REQUEST: EtsyPublishListingRequestMessage,
    MessageType.FILE_DOWNLOAD_COMPLETED: FileDownloadCompletedMessage,
    MessageType.FILE_DOWNLOAD_REQUEST: FileDownloadRequestMessage,
    MessageType.FILE_VECTORIZE_COMPLETED: FileVectorizeCompletedMessage,
    MessageType.FILE_VECTORIZE_REQUEST: FileVectorizeRequestMessage,
    MessageType.IP_CHECK_COMPLETED: IpCheckCompletedMessage,
    MessageType.IP_CHECK_REQUEST: IpCheckRequestMessage,
    MessageType.MARKETPLACE_ANALYTICS_SYNC_COMPLETED: MarketplaceAnalyticsSyncCompletedMessage,
    MessageType.MARKETPLACE_ANALYTICS_SYNC_REQUEST: MarketplaceAnalyticsSyncRequestMessage,
    MessageType.MARKETPLACE_CONNECTION_SYNC_COMPLETED: MarketplaceConnectionSyncCompletedMessage,
    MessageType.MARKETPLACE_CONNECTION_SYNC_REQUEST: MarketplaceConnectionSyncRequestMessage,
    MessageType.MARKETPLACE_CREDENTIAL_ROTATION_COMPLETED: MarketplaceCredentialRotationCompletedMessage,
    MessageType.MARKETPLACE_CREDENTIAL_ROTATION_REQUEST: MarketplaceCredentialRotationRequestMessage,
    MessageType.MARKETPLACE_INTELLIGENCE_COMPLETED: MarketplaceIntelligenceCompletedMessage,
    MessageType.MARKETPLACE_INTELLIGENCE_EVENT: MarketplaceIntelligenceEventMessage,
    MessageType.MARKETPLACE_INTELLIGENCE_REQUEST: MarketplaceIntelligenceRequestMessage,
    MessageType.MARKETPLACE_LISTING_DESCRIPTION_GENERATION_COMPLETED: MarketplaceListingDescriptionGenerationCompletedMessage,
    MessageType.MARKETPLACE_LISTING_DESCRIPTION_GENERATION_REQUEST: MarketplaceListingDescriptionGenerationRequestMessage,
    MessageType.MARKETPLACE_LISTING_SYNC_COMPLETED: MarketplaceListingSyncCompletedMessage,
    MessageType.MARKETPLACE_LISTING_SYNC_REQUEST: MarketplaceListingSyncRequestMessage,
    MessageType.MARKETPLACE_LISTING_TAGS_GENERATION_COMPLETED: MarketplaceListingTagsGenerationCompletedMessage,
    MessageType.MARKETPLACE_LISTING_TAGS_GENERATION_REQUEST: MarketplaceListingTagsGenerationRequestMessage,
    MessageType.MARKETPLACE_LISTING_TITLE_GENERATION_COMPLETED: MarketplaceListingTitleGenerationCompletedMessage,
    MessageType.MARKETPLACE_LISTING_TITLE_GENERATION_REQUEST: MarketplaceListingTitleGenerationRequestMessage,
    MessageType.MARKETPLACE_LISTING_UPDATE_COMPLETED: MarketplaceListingUpdateCompletedMessage,
    MessageType.MARKETPLACE_LISTING_UPDATE_REQUEST: MarketplaceListingUpdateRequestMessage,
    MessageType.MARKETPLACE_PUBLISH_LISTING_COMPLETED: MarketplacePublishListingCompletedMessage,
    MessageType.MARKETPLACE_PUBLISH_LISTING_REQUEST: MarketplacePublishListingRequestMessage,
    MessageType.MEDIA_BATCH_DOWNLOAD_COMPLETED: MediaBatchDownloadCompletedMessage,
    MessageType.MEDIA_BATCH_DOWNLOAD_REQUEST: MediaBatchDownloadRequestMessage,
    MessageType.METAMODEL_METADATA_GENERATION_COMPLETED: MetamodelMetadataGenerationCompletedMessage,
    MessageType.METAMODEL_METADATA_GENERATION_REQUEST: MetamodelMetadataGenerationRequestMessage,
    MessageType.MODEL_ANALYTICS_COLLECTION_REQUEST: ModelAnalyticsCollectionRequestMessage,
    MessageType.MODEL_DISCOVERY_FOLDER_PROCESSED_EVENT: ModelDiscoveryFolderProcessedEventMessage,
    MessageType.MODEL_DISCOVERY_SCAN_FOUND_EVENT: ModelDiscoveryScanFoundEventMessage,
    MessageType.MODEL_DISCOVERY_SCAN_PROGRESS_EVENT: ModelDiscoveryScanProgressEventMessage,
    MessageType.MODEL_DISCOVERY_SCAN_REQUEST: ModelDiscoveryScanRequestMessage,
    MessageType.MODEL_FINDER_INDEX_REQUEST: ModelFinderIndexRequestMessage,
    MessageType.MODEL_FINDER_RESPONSE: ModelFinderResponseMessage,
    MessageType.MODEL_FINDER_SEARCH_REQUEST: ModelFinderSearchRequestMessage,
    MessageType.MODEL_METADATA_GENERATION_COMPLETED: ModelMetadataGenerationCompletedMessage,
    MessageType.MODEL_METADATA_GENERATION_REQUEST: ModelMetadataGenerationRequestMessage,
    MessageType.MODEL_METAMODEL_DETECTION_FOUND: ModelMetamodelDetectionFoundMessage,
    MessageType.MODEL_METAMODEL_DETECTION_REQUEST: ModelMetamodelDetectionRequestMessage,
    MessageType.MODEL_PRINT_ANALYSIS_COMPLETED: ModelPrintAnalysisCompletedMessage,
    MessageType.MODEL_PRINT_ANALYSIS_REQUEST: ModelPrintAnalysisRequestMessage,
    MessageType.MODEL_SELLABILITY_ANALYSIS_COMPLETED: ModelSellabilityAnalysisCompletedMessage,
    MessageType.MODEL_SELLABILITY_ANALYSIS_REQUEST: ModelSellabilityAnalysisRequestMessage,
    MessageType.MODEL_SEMANTIC_ANALYSIS_COMPLETED: ModelSemanticAnalysisCompletedMessage,
    MessageType.MODEL_SEMANTIC_ANALYSIS_REQUEST: ModelSemanticAnalysisRequestMessage,
    MessageType.MODEL_TECHNICAL_METADATA_COMPLETED: ModelTechnicalMetadataCompletedMessage,
    MessageType.MODEL_TECHNICAL_METADATA_REQUEST: ModelTechnicalMetadataRequestMessage,
    MessageType.SLICING_FDM_REQUEST: SlicingFdmRequestMessage,
    MessageType.SLICING_FDM_RESULT: SlicingFdmResultMessage,
    MessageType.SLICING_SIMULATION_REQUEST: SlicingSimulationRequestMessage,
    MessageType.SLICING_SIMULATION_RESULT: SlicingSimulationResultMessage,
    MessageType.SLICING_SLA_REQUEST: SlicingSlaRequestMessage,
    MessageType.SLICING_SLA_RESULT: SlicingSlaResultMessage,
    MessageType.THUMBNAIL_GENERATION_COMPLETED: ThumbnailGenerationCompletedMessage,
    MessageType.THUMBNAIL_GENERATION_REQUEST: ThumbnailGenerationRequestMessage,
    MessageType.USER_ENGAGEMENT_EVENT: UserEngagementEventMessage,
    MessageType.WORKER_ANALYTICS_EVENT: WorkerAnalyticsEventMessage,
    MessageType.WORKER_METRICS_ENRICHED_EVENT: WorkerMetricsEnrichedEventMessage,
}
