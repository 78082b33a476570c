export type { UploadedFile } from '../http/multipart.js';
export { deleteMediaFiles, findMediaInfo, type MediaInfo } from './media.repository.js';
export { IMAGE_UPLOAD_HINT, ImageUpload } from './image-upload.js';
export { mediaPlugin } from './media.route.js';
export {
  IMAGE_BOXES,
  MAX_INPUT_PIXELS,
  mediaIdFromPath,
  mediaPath,
  processImage,
  saveImage,
  storeImage,
  uploadErrorMessage,
  type ProcessedImage,
  type StoredImage,
} from './media.service.js';
export type { MediaPurpose } from './media.table.js';
