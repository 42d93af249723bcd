// Storage behind one interface: S3 (or any S3-compatible server) for photos, verification documents
// (private prefix documents/, short-lived URLs only) and admin memos.
export { s3, bucket } from "./client";
export { presignPhotoUpload, presignGet, presignPrivateGet, UPLOAD_URL_TTL_SECONDS, type PresignedUpload } from "./presign";
export { headObject, getBytes, putBytes, listKeys, listObjects, deleteObjects, deletePrefix, putJson, getJson, ensureBucket, type ObjectInfo, type StoredJson } from "./objects";
