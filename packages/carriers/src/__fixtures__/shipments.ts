// Synthetic shipment requests for the package's tests; names, phones and addresses are invented.
import type { ShipmentRequest } from '@omskit/core';

/** A one-parcel shipment from Guangzhou to Shanghai. */
export const guangzhouToShanghai: ShipmentRequest = {
  reference: 'ORDER-1001',
  sender: {
    name: '测试仓',
    phone: '020-00000000',
    province: '广东省',
    city: '广州市',
    district: '黄埔区',
    detail: '测试路1号',
    company: '示例仓库',
  },
  receiver: {
    name: '测试收件人',
    phone: '13000000000',
    province: '上海',
    city: '上海市',
    district: '闵行区',
    detail: '示例路2号',
  },
  parcels: [{ weightGrams: 1800, lengthCm: 30, widthCm: 20, heightCm: 20 }],
  cargo: '服装',
};
